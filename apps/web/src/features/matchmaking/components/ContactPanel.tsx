import { useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { ErrorState, LoadingState } from '../../../components/StatusViews';
import { SelectField } from '../../../components/form/fields';
import { useMe } from '../../../lib/session/use-me';
import { signInPath } from '../../../lib/site-paths';
import { useMyNeeds, useMyOffers } from '../hooks/use-my-entries';
import { newEntryPath, otherSide, type EntrySide } from '../paths';
import { ContactRequestForm } from './ContactRequestForm';

interface Props {
  /** The side of the entry on the page (someone else's). */
  side: EntrySide;
  entryId: string;
}

/**
 * "Kontakt anfragen" on someone else's entry: the viewer pairs it with one of their own open
 * entries of the other side; without one, says how to create one (or to sign in first).
 */
export function ContactPanel({ side, entryId }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const location = useLocation();
  const me = useMe();
  const signedIn = Boolean(me.data);
  const needs = useMyNeeds('OPEN', { enabled: signedIn && side === 'offer' });
  const offers = useMyOffers('OPEN', { enabled: signedIn && side === 'need' });
  const own = side === 'need' ? offers : needs;
  const [chosenId, setChosenId] = useState('');
  const [sent, setSent] = useState(false);
  const sentRef = useRef<HTMLParagraphElement>(null);
  const mine = otherSide(side);

  let content;
  if (me.isPending || (signedIn && own.isPending)) {
    content = <LoadingState label={t('matchmaking.contact.loading')} />;
  } else if (!signedIn) {
    content = (
      <p>
        {t('matchmaking.contact.signInFirst')} <Link to={signInPath(`${location.pathname}${location.search}`)}>{t('account.menu.signIn')}</Link>
      </p>
    );
  } else if (own.isError) {
    content = <ErrorState title={t('matchmaking.contact.ownError')} error={own.error} onRetry={() => void own.refetch()} retrying={own.isFetching} />;
  } else if (sent) {
    content = (
      <p ref={sentRef} role="status" tabIndex={-1} className="form-notice">
        {t('matchmaking.contact.sent')}
      </p>
    );
  } else if (!own.data || own.data.length === 0) {
    content = (
      <p>
        {t(`matchmaking.contact.noOwn.${mine}`)} <Link to={newEntryPath(mine)}>{t(`matchmaking.contact.createOwn.${mine}`)}</Link>
      </p>
    );
  } else {
    const entries = own.data;
    const ownId = entries.some((entry) => entry.id === chosenId) ? chosenId : entries[0]!.id;
    content = (
      <ContactRequestForm
        needId={side === 'need' ? entryId : ownId}
        offerId={side === 'offer' ? entryId : ownId}
        onSent={() => {
          flushSync(() => setSent(true));
          sentRef.current?.focus();
        }}
      >
        <SelectField
          id={`${id}-own`}
          label={t(`matchmaking.contact.own.${mine}`)}
          hint={t('matchmaking.contact.ownHint')}
          value={ownId}
          onChange={(event) => setChosenId(event.target.value)}
        >
          {entries.map((entry) => (
            <option key={entry.id} value={entry.id}>
              {entry.title}
            </option>
          ))}
        </SelectField>
      </ContactRequestForm>
    );
  }

  return (
    <section className="section contact-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="section__heading">
        {t('matchmaking.contact.request')}
      </h2>
      <p className="muted">{t('matchmaking.contact.privacy')}</p>
      {content}
    </section>
  );
}

import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../../components/Badge';
import { clampShare } from '../../../lib/format';
import { useFormatters } from '../../../lib/use-formatters';
import type { EntryView } from '../entry-view';
import { explainMatch, type MatchExplanation } from '../match-explanation';
import { ContactRequestForm } from './ContactRequestForm';
import { EntryCard } from './EntryCard';

export interface MatchItemData {
  entry: EntryView;
  explanation: MatchExplanation;
  needId: string;
  offerId: string;
  /** The need's start (null: as soon as possible), for the availability wording. */
  needStartDate: string | null;
}

interface Props {
  match: MatchItemData;
  /** Contact can be requested (the viewer's own entry is open). */
  canRequest: boolean;
}

/** One match: the other side's card, the score, why it matches in words, and "Kontakt anfragen". */
export function MatchItem({ match, canRequest }: Props) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [open, setOpen] = useState(false);
  const [sent, setSent] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const sentRef = useRef<HTMLParagraphElement>(null);
  const { explanation } = match;
  const share = clampShare(explanation.score);
  const skillList = (skills: MatchExplanation['sharedSkills']) => skills.map((skill) => skill.label).join(', ');

  return (
    <li className="match">
      <EntryCard entry={match.entry}>
        <div className="match__why">
          <p className="match__score">
            <span className="match__bar" aria-hidden="true">
              <span className="match__fill" style={{ width: `${share * 100}%` }} />
            </span>
            <span>{t('matchmaking.match.score', { percent: format.percent(share) })}</span>
          </p>
          <p className="match__explanation">{explainMatch(explanation, match.needStartDate, t)}</p>
          {explanation.crossRegion ? (
            <p>
              <Badge tone="info" title={t('matchmaking.match.crossRegionTitle')}>
                {t('matchmaking.match.crossRegion')}
              </Badge>
            </p>
          ) : null}
          <p className="match__skills">
            {explanation.sharedSkills.length > 0
              ? t('matchmaking.match.shared', { skills: skillList(explanation.sharedSkills) })
              : t('matchmaking.match.noneShared')}
            {explanation.missingSkills.length > 0 ? (
              <>
                <br />
                {t('matchmaking.match.missing', { skills: skillList(explanation.missingSkills) })}
              </>
            ) : null}
          </p>
        </div>
        {sent ? (
          <p ref={sentRef} role="status" tabIndex={-1} className="form-notice">
            {t('matchmaking.contact.sent')}
          </p>
        ) : canRequest ? (
          <>
            <button ref={toggleRef} type="button" className="button button--secondary" aria-expanded={open} onClick={() => setOpen(!open)}>
              {t('matchmaking.contact.request')}
              <span className="visually-hidden"> {t('matchmaking.contact.about', { title: match.entry.title })}</span>
            </button>
            {open ? (
              <ContactRequestForm
                needId={match.needId}
                offerId={match.offerId}
                onSent={() => {
                  flushSync(() => setSent(true));
                  sentRef.current?.focus();
                }}
                onCancel={() => {
                  flushSync(() => setOpen(false));
                  toggleRef.current?.focus();
                }}
              />
            ) : null}
          </>
        ) : null}
      </EntryCard>
    </li>
  );
}

import { useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { AdvisorAvailabilityQuery } from '../../../gql/graphql';
import { errorMessage } from '../../../lib/error-message';
import { useLanguage } from '../../../lib/use-language';
import { ConfirmStep } from '../../../components/ConfirmStep';
import { type Announcer } from '../../../lib/use-announcer';
import { berlinFormat } from '../berlin-format';
import { useRemoveException } from '../hooks/use-availability';

type Exception = AdvisorAvailabilityQuery['myAvailability']['exceptions'][number];

/** The exceptions from today on; each can be removed after confirming. */
export function ExceptionList({ exceptions, labelledBy, announcer }: { exceptions: readonly Exception[]; labelledBy: string; announcer: Announcer }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const format = useMemo(() => berlinFormat(language), [language]);
  const remove = useRemoveException();
  const [confirming, setConfirming] = useState<string | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());

  if (exceptions.length === 0) return <p className="muted">{t('workbenchAdvisor.exceptions.empty')}</p>;

  const onRemove = (exception: Exception) => {
    const date = format.longDay(exception.date);
    remove.mutate(exception.id, {
      onSuccess: () => {
        flushSync(() => setConfirming(null));
        announcer.announce(t('workbenchAdvisor.exceptions.removed', { date }), { focus: true });
      },
      onError: (error) => {
        flushSync(() => setConfirming(null));
        announcer.announce(`${t('workbenchAdvisor.exceptions.removeFailed')} ${errorMessage(error, t)}`, { error: true, focus: true });
      },
    });
  };

  return (
    <ul className="advisor-exceptions" aria-labelledby={labelledBy}>
      {exceptions.map((exception) => {
        const date = format.longDay(exception.date);
        const kind = t(`workbenchAdvisor.exceptions.kinds.${exception.kind}`);
        const times = exception.start && exception.end ? `${exception.start}–${exception.end}` : t('workbenchAdvisor.exceptions.wholeDay');
        return (
          <li key={exception.id} className={`advisor-exception advisor-exception--${exception.kind.toLowerCase()}`}>
            <p className="advisor-exception__what">
              <strong>{date}</strong>
              <span>
                {kind}, {times}
              </span>
              {exception.note ? <span className="muted">{exception.note}</span> : null}
            </p>
            {confirming === exception.id ? (
              <ConfirmStep
                question={t('workbenchAdvisor.exceptions.removeQuestion', { kind, date })}
                details={t('workbenchAdvisor.exceptions.removeDetails')}
                confirmLabel={t('workbenchAdvisor.exceptions.removeConfirm')}
                pendingLabel={t('workbenchAdvisor.exceptions.removing')}
                pending={remove.isPending}
                onConfirm={() => onRemove(exception)}
                onCancel={() => {
                  flushSync(() => setConfirming(null));
                  buttons.current.get(exception.id)?.focus();
                }}
              />
            ) : (
              <button
                ref={(button) => {
                  if (button) buttons.current.set(exception.id, button);
                  else buttons.current.delete(exception.id);
                }}
                type="button"
                className="button button--secondary"
                disabled={remove.isPending}
                onClick={() => {
                  announcer.clear();
                  setConfirming(exception.id);
                }}
              >
                {t('workbenchAdvisor.exceptions.remove')}
                <span className="visually-hidden"> {t('workbenchAdvisor.exceptions.removeWhich', { kind, date })}</span>
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}

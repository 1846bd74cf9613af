import { useTranslation } from 'react-i18next';

/** The desk day's calendar file (same origin, read with the session cookie); `context` names the day in lists. */
export function DeskCalendarLink({ path, context }: { path: string; context?: string }) {
  const { t } = useTranslation();
  return (
    <a href={path} download>
      {t('coworking.mine.ics')}
      {context ? <span className="visually-hidden"> {context}</span> : null}
    </a>
  );
}

import { useTranslation } from 'react-i18next';

interface Props {
  /** `calendarPath` of the booking (same origin, read with the session cookie). */
  path: string;
  /** In lists: the link's name says which appointment it is for. */
  context?: string;
  short?: boolean;
  className?: string;
}

/** "Kalendereintrag (.ics) herunterladen": the booking's calendar file. */
export function CalendarLink({ path, context, short = false, className }: Props) {
  const { t } = useTranslation();
  return (
    <a href={path} download className={className}>
      {short ? t('workbench.icsShort') : t('workbench.ics')}
      {context ? <span className="visually-hidden"> {context}</span> : null}
    </a>
  );
}

import { useTranslation } from 'react-i18next';
import type { AttendanceStatus, BookingStatus } from '../../../gql/graphql';
import { errorMessage } from '../../../lib/error-message';
import { type Announcer } from '../../../lib/use-announcer';
import { useMarkAttendance } from '../hooks/use-schedule';

interface Props {
  booking: { id: string; status: BookingStatus; organisation: { name: string } };
  announcer: Announcer;
}

const CHOICES: readonly { status: AttendanceStatus; label: 'attended' | 'noShow'; done: 'markedAttended' | 'markedNoShow' }[] = [
  { status: 'ATTENDED', label: 'attended', done: 'markedAttended' },
  { status: 'NO_SHOW', label: 'noShow', done: 'markedNoShow' },
];

/** "Teilgenommen" / "Nicht erschienen" as toggle buttons (the recorded one pressed); may be corrected. */
export function AttendanceControls({ booking, announcer }: Props) {
  const { t } = useTranslation();
  const mark = useMarkAttendance();
  const organisation = booking.organisation.name;
  return (
    <div className="advisor-attendance" role="group" aria-label={t('workbenchAdvisor.booking.attendance', { organisation })}>
      {CHOICES.map(({ status, label, done }) => (
        <button
          key={status}
          type="button"
          className={`button ${booking.status === status ? '' : 'button--secondary'}`.trim()}
          aria-pressed={booking.status === status}
          disabled={mark.isPending}
          onClick={() => {
            if (booking.status === status) return;
            announcer.clear();
            mark.mutate(
              { id: booking.id, status },
              {
                onSuccess: () => announcer.announce(t(`workbenchAdvisor.booking.${done}`, { organisation })),
                onError: (error) =>
                  announcer.announce(`${t('workbenchAdvisor.booking.markFailed')} ${errorMessage(error, t)}`, { error: true, focus: true }),
              },
            );
          }}
        >
          {mark.isPending && mark.variables?.status === status ? t('workbenchAdvisor.booking.marking') : t(`workbenchAdvisor.booking.${label}`)}
        </button>
      ))}
    </div>
  );
}

import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/form/fields';
import { LiveAnnouncement } from '../../../components/LiveAnnouncement';
import { ErrorState, LoadingState } from '../../../components/StatusViews';
import type { MeetingAttendance, ParticipantFieldsFragment } from '../../../gql/graphql';
import { downloadCsv } from '../../../lib/csv';
import { errorMessage } from '../../../lib/error-message';
import { useAnnouncer } from '../../../lib/use-announcer';
import { useCheckIn, useMarkAttendance, useMeetingParticipants } from '../hooks/use-participants';
import { participantsCsv } from '../participants-csv';
import '../meeting-editor.css';

/**
 * The organisers' list of registrations: seats, the waitlist in order, withdrawn ones; attendance
 * marked per person or by checking in with the code; the list as a CSV file (formula-safe).
 */
export function ParticipantsSection({ meetingId, cancelled }: { meetingId: string; cancelled: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const announcer = useAnnouncer();
  const participants = useMeetingParticipants(meetingId);
  const mark = useMarkAttendance();
  const checkIn = useCheckIn();
  const [code, setCode] = useState('');

  const statusText = (p: ParticipantFieldsFragment) =>
    p.status === 'WAITLISTED'
      ? t('meetingsOrganiser.participants.waitlisted', { position: p.waitlistPosition })
      : t(`meetingsOrganiser.participants.status.${p.status}`);
  const attendanceText = (p: ParticipantFieldsFragment) => (p.attendance ? t(`meetingsOrganiser.participants.attendance.${p.attendance}`) : '');
  const onMark = (p: ParticipantFieldsFragment, attendance: MeetingAttendance) =>
    mark.mutate(
      { registrationId: p.id, attendance },
      {
        onSuccess: () =>
          announcer.announce(
            t('meetingsOrganiser.participants.marked', {
              name: p.personName,
              attendance: t(`meetingsOrganiser.participants.attendance.${attendance}`),
            }),
          ),
        onError: (error) => announcer.announce(errorMessage(error, t), { error: true, focus: true }),
      },
    );
  const onCheckIn = (event: FormEvent) => {
    event.preventDefault();
    if (checkIn.isPending || !code.trim()) return;
    checkIn.mutate(
      { meetingId, code },
      {
        onSuccess: (p) => {
          announcer.announce(t('meetingsOrganiser.participants.checkedIn', { name: p.personName }));
          setCode('');
        },
        onError: (error) =>
          announcer.announce(`${t('meetingsOrganiser.participants.checkInFailed')} ${errorMessage(error, t)}`, { error: true, focus: true }),
      },
    );
  };
  const download = (rows: readonly ParticipantFieldsFragment[]) =>
    downloadCsv(
      `anmeldungen-${meetingId.slice(0, 8)}.csv`,
      participantsCsv(rows, {
        header: [
          t('meetingsOrganiser.participants.columns.number'),
          t('meetingsOrganiser.participants.columns.name'),
          t('meetingsOrganiser.participants.columns.organisation'),
          t('meetingsOrganiser.participants.columns.statusHeading'),
          t('meetingsOrganiser.participants.columns.waitlistHeading'),
          t('meetingsOrganiser.participants.columns.code'),
          t('meetingsOrganiser.participants.columns.attendanceHeading'),
        ],
        status: statusText,
        attendance: attendanceText,
      }),
    );

  let content;
  if (participants.isPending) content = <LoadingState label={t('meetingsOrganiser.participants.loading')} />;
  else if (participants.isError)
    content = (
      <ErrorState
        title={t('meetingsOrganiser.participants.loadError')}
        error={participants.error}
        onRetry={() => void participants.refetch()}
        retrying={participants.isFetching}
      />
    );
  else if (participants.data.length === 0) content = <p className="muted">{t('meetingsOrganiser.participants.none')}</p>;
  else
    content = (
      <>
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{t('meetingsOrganiser.participants.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('meetingsOrganiser.participants.columns.number')}</th>
                <th scope="col">{t('meetingsOrganiser.participants.columns.name')}</th>
                <th scope="col">{t('meetingsOrganiser.participants.columns.organisation')}</th>
                <th scope="col">{t('meetingsOrganiser.participants.columns.statusHeading')}</th>
                <th scope="col">{t('meetingsOrganiser.participants.columns.code')}</th>
                <th scope="col">{t('meetingsOrganiser.participants.columns.attendanceHeading')}</th>
              </tr>
            </thead>
            <tbody>
              {participants.data.map((p) => (
                <tr key={p.id}>
                  <td>{p.arrivalNumber}</td>
                  <th scope="row">{p.personName}</th>
                  <td>{p.organisationName}</td>
                  <td>{statusText(p)}</td>
                  <td className="meeting-code-cell">{p.code}</td>
                  <td>
                    {attendanceText(p)}
                    {p.status === 'REGISTERED' && !cancelled ? (
                      <span className="participant-actions">
                        {(['PRESENT', 'ABSENT'] as const).map((attendance) => (
                          <button
                            key={attendance}
                            type="button"
                            className="button button--secondary"
                            aria-pressed={p.attendance === attendance}
                            disabled={mark.isPending}
                            onClick={() => onMark(p, attendance)}
                          >
                            {t(`meetingsOrganiser.participants.mark.${attendance}`, { name: p.personName })}
                          </button>
                        ))}
                      </span>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p>
          <button type="button" className="button button--secondary" onClick={() => download(participants.data)}>
            {t('meetingsOrganiser.participants.csv')}
          </button>
        </p>
      </>
    );

  return (
    <section className="section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="section__heading">
        {t('meetingsOrganiser.participants.heading')}
      </h2>
      {content}
      {cancelled ? null : (
        <form className="account-form" noValidate onSubmit={onCheckIn} aria-labelledby={`${id}-checkin`}>
          <h3 id={`${id}-checkin`}>{t('meetingsOrganiser.participants.checkInHeading')}</h3>
          <TextField
            id={`${id}-code`}
            label={t('meetingsOrganiser.participants.code')}
            hint={t('meetingsOrganiser.participants.codeHint')}
            autoComplete="off"
            spellCheck={false}
            maxLength={40}
            value={code}
            onChange={(event) => setCode(event.target.value)}
          />
          <div className="account-form__actions">
            <button type="submit" className="button" disabled={checkIn.isPending}>
              {checkIn.isPending ? t('meetingsOrganiser.participants.checkingIn') : t('meetingsOrganiser.participants.checkIn')}
            </button>
          </div>
        </form>
      )}
      <LiveAnnouncement announcer={announcer} />
    </section>
  );
}

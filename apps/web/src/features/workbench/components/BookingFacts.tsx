import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ExternalLink } from '../../../components/ExternalLink';
import type { BookingFieldsFragment } from '../../../gql/graphql';
import { useFormatters } from '../../../lib/use-formatters';
import { useFormatTexts } from '../format-texts';
import { formatPath } from '../paths';
import { formatWhen } from '../time-format';

interface Props {
  booking: BookingFieldsFragment;
  /** The detail page links the format and shows the agenda; the confirmation keeps it short. */
  full?: boolean;
}

/** When, where, with whom and for whom a booking is; the meeting link for online appointments. */
export function BookingFacts({ booking, full = false }: Props) {
  const { t } = useTranslation();
  const format = useFormatters();
  const texts = useFormatTexts();
  const rows: Array<{ key: string; label: string; value: ReactNode }> = [
    { key: 'when', label: t('workbench.facts.when'), value: formatWhen(booking.startsAt, booking.endsAt, format.language) },
    { key: 'place', label: t('workbench.facts.place'), value: texts.place(booking) },
  ];
  if (booking.mode === 'REMOTE' && booking.meetingLink && booking.status === 'CONFIRMED') {
    rows.push({
      key: 'link',
      label: t('workbench.facts.meetingLink'),
      value: <ExternalLink href={booking.meetingLink}>{booking.meetingLink}</ExternalLink>,
    });
  }
  rows.push({
    key: 'advisor',
    label: t('workbench.facts.advisor'),
    value: (
      <>
        {booking.advisorContact.name} ({booking.format.organisation.name}) ·{' '}
        <a href={`mailto:${booking.advisorContact.email}`}>{booking.advisorContact.email}</a>
      </>
    ),
  });
  rows.push({ key: 'organisation', label: t('workbench.facts.organisation'), value: booking.organisation.name });
  if (full) {
    rows.push({ key: 'format', label: t('workbench.facts.format'), value: <Link to={formatPath(booking.format.id)}>{booking.format.title}</Link> });
    rows.push({ key: 'agenda', label: t('workbench.facts.agenda'), value: <span className="pre-line">{booking.agenda}</span> });
  }
  if (booking.status === 'CONFIRMED') {
    rows.push({ key: 'deadline', label: t('workbench.facts.deadline'), value: format.dateTime(booking.cancellationDeadline) });
  }
  if (booking.cancelledAt) rows.push({ key: 'cancelledAt', label: t('workbench.facts.cancelledAt'), value: format.dateTime(booking.cancelledAt) });
  if (booking.cancellationReason) {
    rows.push({
      key: 'reason',
      label: t('workbench.facts.cancellationReason'),
      value: <span className="pre-line">{booking.cancellationReason}</span>,
    });
  }
  return (
    <dl className="facts facts--wide">
      {rows.map((row) => (
        <div key={row.key} className="facts__row">
          <dt>{row.label}</dt>
          <dd>{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}

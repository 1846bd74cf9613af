import { useTranslation } from 'react-i18next';
import { ExternalLink } from '../../../components/ExternalLink';
import { FactList, type Fact } from '../../../components/FactList';
import type { MeetingQuery } from '../../../gql/graphql';
import { formatDateTime } from '../../../lib/format';
import { useLanguage } from '../../../lib/use-language';
import { meetingWhen } from '../time-format';

export type MeetingDetail = MeetingQuery['meeting'];

/** A meeting at a glance: when, where, online access (only with a seat), organiser, topic fields, seats. */
export function MeetingFacts({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const where = [meeting.place, meeting.municipality?.name].filter(Boolean).join(', ');
  const rows: Fact[] = [
    { key: 'when', label: t('meetings.detail.when'), value: meetingWhen(meeting.startsAt, meeting.endsAt, language) },
    { key: 'kind', label: t('meetings.filters.kind'), value: `${t(`meetings.kind.${meeting.kind}`)} · ${t(`meetings.format.${meeting.format}`)}` },
    ...(where ? [{ key: 'where', label: t('meetings.detail.where'), value: where }] : []),
    ...(meeting.format === 'IN_PERSON'
      ? []
      : [
          {
            key: 'online',
            label: t('meetings.detail.online'),
            value: meeting.onlineLink ? (
              <ExternalLink href={meeting.onlineLink}>{meeting.onlineLink}</ExternalLink>
            ) : (
              t('meetings.detail.onlineHidden')
            ),
          },
        ]),
    { key: 'organiser', label: t('meetings.detail.organiser'), value: meeting.organiser.name },
    ...(meeting.topicFields.length > 0
      ? [{ key: 'topics', label: t('meetings.detail.topicFields'), value: meeting.topicFields.map((field) => field.title).join(', ') }]
      : []),
    { key: 'visibility', label: t('meetings.detail.visibility'), value: t(`meetings.visibility.${meeting.visibility}`) },
    ...(meeting.registrationOpen
      ? [
          {
            key: 'seats',
            label: t('meetings.detail.seats'),
            value:
              meeting.capacity === null || meeting.capacity === undefined
                ? t('meetings.detail.seatsUnlimited', { registered: meeting.registeredCount })
                : t('meetings.detail.seatsValue', {
                    registered: meeting.registeredCount,
                    capacity: meeting.capacity,
                    waitlist: meeting.waitlistCount,
                  }),
          },
          {
            key: 'deadline',
            label: t('meetings.detail.deadline'),
            value: formatDateTime(meeting.registrationDeadline ?? meeting.startsAt, language),
          },
        ]
      : []),
  ];
  return <FactList facts={rows} />;
}

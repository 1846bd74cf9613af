import { useTranslation } from 'react-i18next';
import type { ConsultationFormatQuery } from '../../../gql/graphql';
import { useFormatTexts } from '../format-texts';

export type FormatDetail = ConsultationFormatQuery['consultationFormat'];

/** A format at a glance: topic field, advisor, kind, duration, place and the booking rules. */
export function FormatFacts({ format }: { format: FormatDetail }) {
  const { t } = useTranslation();
  const texts = useFormatTexts();
  const rows = [
    { key: 'topic', label: t('workbench.detail.topicField'), value: format.topicField.title },
    { key: 'advisor', label: t('workbench.detail.advisor'), value: texts.by(format) },
    { key: 'kind', label: t('workbench.detail.kind'), value: texts.kind(format) },
    { key: 'duration', label: t('workbench.detail.duration'), value: texts.duration(format) },
    { key: 'place', label: t('workbench.detail.place'), value: format.mode === 'REMOTE' ? t('workbench.format.remoteHint') : texts.place(format) },
    {
      key: 'booking',
      label: t('workbench.detail.booking'),
      value: t('workbench.detail.bookingRule', { count: format.minimumNoticeHours, days: format.bookingHorizonDays }),
    },
    {
      key: 'cancel',
      label: t('workbench.detail.cancellation'),
      value: t('workbench.detail.cancellationRule', { count: format.cancellationDeadlineHours }),
    },
  ];
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

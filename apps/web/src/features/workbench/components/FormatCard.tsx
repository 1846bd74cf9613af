import type { FormatSummaryFieldsFragment } from '../../../gql/graphql';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatters } from '../../../lib/use-formatters';
import { useFormatTexts } from '../format-texts';
import { formatPath } from '../paths';

/** A consultation format in the list: title, topic field, advisor and organisation, duration, kind, mode, next free slot. */
export function FormatCard({ format }: { format: FormatSummaryFieldsFragment }) {
  const { t } = useTranslation();
  const formatters = useFormatters();
  const texts = useFormatTexts();
  const titleId = `format-${format.id}-title`;
  return (
    <article className="entry-card format-card" aria-labelledby={titleId}>
      <div className="entry-card__head">
        <h3 id={titleId} className="entry-card__title">
          <Link to={formatPath(format.id)}>{format.title}</Link>
        </h3>
        <span className={`badge ${format.capacity > 1 ? 'badge--info' : 'badge--neutral'}`}>{texts.kind(format)}</span>
      </div>
      <p className="format-card__topic">{format.topicField.title}</p>
      <p className="entry-card__owner">{texts.by(format)}</p>
      <p className="entry-card__meta">
        {[texts.duration(format), texts.place(format)].map((text, index) => (
          <span key={index}>
            {index > 0 ? <span aria-hidden="true"> · </span> : null}
            {text}
          </span>
        ))}
      </p>
      <p className="format-card__next">
        {format.nextFreeSlot ? t('workbench.format.nextFree', { when: formatters.dateTime(format.nextFreeSlot) }) : t('workbench.format.noneFree')}
      </p>
    </article>
  );
}

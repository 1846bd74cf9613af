import type { FormatSummaryFieldsFragment } from '../../../gql/graphql';
import { Link } from 'react-router';
import { useFormatTexts } from '../format-texts';
import { formatPath } from '../paths';

/** A consultation format in the list: title, topic field, advisor and organisation, duration, kind, mode. */
export function FormatCard({ format }: { format: FormatSummaryFieldsFragment }) {
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
    </article>
  );
}

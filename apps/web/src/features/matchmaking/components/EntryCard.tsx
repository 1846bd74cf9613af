import { contentLanguage } from '@wiw/domain';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useEntryTexts } from '../entry-texts';
import type { EntryView } from '../entry-view';
import { entryPath } from '../paths';
import { EntryStatusBadge } from './EntryStatusBadge';
import { SkillChips } from './SkillChips';

interface Props {
  entry: EntryView;
  /** Lists of one's own entries show the status. */
  showStatus?: boolean;
  /** Further content at the end (actions, explanations). */
  children?: ReactNode;
}

/** A need or an offer on the board, in a list or in the matches. */
export function EntryCard({ entry, showStatus = false, children }: Props) {
  const { t } = useTranslation();
  const texts = useEntryTexts();
  const titleId = `entry-${entry.side}-${entry.id}-title`;
  return (
    <article className="entry-card" aria-labelledby={titleId}>
      <div className="entry-card__head">
        <h3 id={titleId} className="entry-card__title">
          {/* Written by people, in whatever language they chose: marked (WCAG 3.1.2). */}
          <Link to={entryPath(entry.side, entry.id)} lang={contentLanguage(entry.title)}>
            {entry.title}
          </Link>
        </h3>
        {showStatus ? <EntryStatusBadge side={entry.side} status={entry.status} /> : null}
      </div>
      <p className="entry-card__owner">{texts.owner(entry)}</p>
      <p className="entry-card__meta">
        {[texts.kind(entry), texts.place(entry), texts.remote(entry), texts.date(entry)].map((text, index) => (
          <span key={index}>
            {index > 0 ? <span aria-hidden="true"> · </span> : null}
            {text}
          </span>
        ))}
      </p>
      <SkillChips skills={entry.skills} label={t('matchmaking.entry.skillsOf', { title: entry.title })} />
      {children}
    </article>
  );
}

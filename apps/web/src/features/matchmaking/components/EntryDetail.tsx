import { contentLanguage } from '@wiw/domain';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { organisationPath } from '../../../lib/site-paths';
import { useEntryTexts } from '../entry-texts';
import type { EntryView } from '../entry-view';
import { ContactPanel } from './ContactPanel';
import { EntryStatusBadge } from './EntryStatusBadge';
import { SkillChips } from './SkillChips';

export interface Fact {
  label: string;
  value: ReactNode;
}

interface Props {
  entry: EntryView;
  description: string;
  /** Facts beyond those every entry has (owner, kind, place, remote, date). */
  facts: readonly Fact[];
  /** What its owners see below (actions, matches); everyone else gets "Kontakt anfragen". */
  ownerView: ReactNode;
}

/** The public part of a detail page: facts, description and skills of a need or an offer. */
export function EntryDetail({ entry, description, facts, ownerView }: Props) {
  const { t } = useTranslation();
  const texts = useEntryTexts();
  const owner = entry.organisation ? <Link to={organisationPath(entry.organisation.id)}>{entry.organisation.name}</Link> : texts.owner(entry);
  const all: Fact[] = [
    ...(entry.viewerCanEdit ? [{ label: t('matchmaking.detail.status'), value: <EntryStatusBadge side={entry.side} status={entry.status} /> }] : []),
    { label: t(entry.side === 'need' ? 'matchmaking.detail.company' : 'matchmaking.detail.offeredBy'), value: owner },
    { label: t('matchmaking.detail.kind'), value: texts.kind(entry) },
    { label: t('matchmaking.detail.place'), value: texts.place(entry) },
    { label: t('matchmaking.detail.remote'), value: texts.remote(entry) },
    { label: t(entry.side === 'need' ? 'matchmaking.detail.start' : 'matchmaking.detail.available'), value: texts.dateValue(entry) },
    ...facts,
  ];
  return (
    <>
      <dl className="facts entry-detail__facts">
        {all.map((fact) => (
          <div key={fact.label} className="facts__row">
            <dt>{fact.label}</dt>
            <dd>{fact.value}</dd>
          </div>
        ))}
      </dl>
      <section className="section" aria-labelledby={`${entry.id}-description`}>
        <h2 id={`${entry.id}-description`} className="section__heading">
          {t('matchmaking.detail.description')}
        </h2>
        <p className="prose" lang={contentLanguage(entry.title, description)}>
          {description}
        </p>
      </section>
      <section className="section" aria-labelledby={`${entry.id}-skills`}>
        <h2 id={`${entry.id}-skills`} className="section__heading">
          {t('matchmaking.detail.skills')}
        </h2>
        <SkillChips skills={entry.skills} label={t('matchmaking.entry.skillsOf', { title: entry.title })} />
      </section>
      {entry.viewerCanEdit ? ownerView : <ContactPanel side={entry.side} entryId={entry.id} />}
    </>
  );
}

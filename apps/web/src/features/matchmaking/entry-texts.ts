import { useTranslation } from 'react-i18next';
import type { NeedKind, OfferKind } from '../../gql/graphql';
import { useFormatters } from '../../lib/use-formatters';
import type { EntryView } from './entry-view';

/** The words of an entry's facts, in the active language. */
export function useEntryTexts() {
  const { t } = useTranslation();
  const format = useFormatters();
  return {
    /** The organisation, or "Fachkraft (pseudonym)" for an individual — never a name. */
    owner: (entry: Pick<EntryView, 'organisation'>) => entry.organisation?.name ?? t('matchmaking.entry.individual'),
    kind: (entry: Pick<EntryView, 'side' | 'kind'>) =>
      entry.side === 'need' ? t(`matchmaking.needKind.${entry.kind as NeedKind}`) : t(`matchmaking.offerKind.${entry.kind as OfferKind}`),
    /** "Dortmund (Dortmund)", "Meschede (Hochsauerlandkreis)". */
    place: (entry: Pick<EntryView, 'place'>) =>
      t('matchmaking.entry.place', { municipality: entry.place.name, region: t(`enums.region.${entry.place.region}`) }),
    /** "Remote", "Hybrid", "Vor Ort" for needs; "auch remote" / "nur vor Ort" for offers. */
    remote: ({ remote }: Pick<EntryView, 'remote'>) =>
      'mode' in remote
        ? t(`matchmaking.remoteMode.${remote.mode}`)
        : t(remote.willing ? 'matchmaking.entry.remoteWilling' : 'matchmaking.entry.onsiteOnly'),
    /** "Start: ab sofort" / "Start: 1. März 2026" for needs, "Verfügbar ab …" for offers. */
    date: (entry: Pick<EntryView, 'side' | 'date'>) => {
      if (entry.side === 'offer') return t('matchmaking.entry.availableFrom', { date: entry.date ? format.date(entry.date) : '' });
      return entry.date ? t('matchmaking.entry.startsOn', { date: format.date(entry.date) }) : t('matchmaking.entry.startsAsap');
    },
    /** The date alone ("ab sofort" for a need without start date). */
    dateValue: (entry: Pick<EntryView, 'date'>) => (entry.date ? format.date(entry.date) : t('matchmaking.entry.asap')),
  };
}

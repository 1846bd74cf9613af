import type { TFunction } from 'i18next';
import type { PlaceFieldsFragment } from '../../gql/graphql';
import type { Language } from '../../i18n';
import { localeFor } from '../../lib/format';

/** "15,00 € pro Tag" or "kostenlos", and "für Mitglieder kostenlos" where that applies. */
export function priceText(place: Pick<PlaceFieldsFragment, 'dayPriceCents' | 'freeForMembers'>, t: TFunction, language: Language): string {
  const price =
    place.dayPriceCents === null
      ? t('coworking.card.free')
      : t('coworking.card.price', {
          price: new Intl.NumberFormat(localeFor(language), { style: 'currency', currency: 'EUR' }).format(place.dayPriceCents / 100),
        });
  return place.freeForMembers && place.dayPriceCents !== null ? `${price} (${t('coworking.card.freeForMembers')})` : price;
}

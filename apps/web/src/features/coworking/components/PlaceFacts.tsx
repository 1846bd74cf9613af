import { useTranslation } from 'react-i18next';
import type { PlaceFieldsFragment } from '../../../gql/graphql';
import { useLanguage } from '../../../lib/use-language';
import { priceText } from '../price';

/** Everything the operator keeps about a place, as a description list. */
export function PlaceFacts({ place }: { place: PlaceFieldsFragment }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const rows: Array<[string, string]> = [
    [t('coworking.place.operator'), place.operator.name],
    [t('coworking.place.address'), `${place.street}, ${place.postalCode} ${place.municipality.name} (${place.municipality.region.name})`],
    [t('coworking.place.openingHours'), place.openingHours],
    [t('coworking.place.desks'), String(place.desks)],
    [t('coworking.place.price'), priceText(place, t, language)],
    [t('coworking.place.amenities'), place.amenities.map((a) => t(`coworking.amenity.${a}`)).join(', ') || t('common.notSpecified')],
    [
      t('coworking.place.accessibility'),
      [...place.accessibility.map((a) => t(`coworking.accessibility.${a}`)), place.accessibilityNote].filter(Boolean).join('. ') ||
        t('coworking.place.accessibilityNone'),
    ],
    [
      t('coworking.place.cancellation'),
      place.cancellationDeadlineHours === 0
        ? t('coworking.place.cancellationMidnight')
        : t('coworking.place.cancellationHours', { count: place.cancellationDeadlineHours }),
    ],
    [t('coworking.place.photo'), place.photoCredit ?? t('coworking.place.photoNone')],
  ];
  return (
    <dl className="facts">
      {rows.map(([term, value]) => (
        <div key={term} className="facts__row">
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

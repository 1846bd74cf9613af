import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PlaceFieldsFragment } from '../../../gql/graphql';
import { formatNumber } from '../../../lib/format';
import { useLanguage } from '../../../lib/use-language';
import { placePath } from '../paths';
import { priceText } from '../price';

/** A place in the directory: name, municipality, distance, desks, price, amenities. */
export function PlaceCard({ place }: { place: PlaceFieldsFragment }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const titleId = `place-${place.id}-title`;
  return (
    <article className="entry-card" aria-labelledby={titleId}>
      <div className="entry-card__head">
        <h3 id={titleId} className="entry-card__title">
          <Link to={placePath(place.id)}>{place.name}</Link>
        </h3>
        {place.isFictional ? <span className="badge badge--fictional">{t('coworking.card.fictional')}</span> : null}
      </div>
      <p className="entry-card__owner">
        {place.municipality.name} ({place.municipality.region.name})
        {place.distanceKm !== null ? ` · ${t('coworking.card.distance', { km: formatNumber(place.distanceKm, language) })}` : ''}
      </p>
      <p className="entry-card__meta">
        {t('coworking.card.desks', { count: place.desks })} · {priceText(place, t, language)}
      </p>
      {place.amenities.length ? <p className="entry-card__meta">{place.amenities.map((a) => t(`coworking.amenity.${a}`)).join(', ')}</p> : null}
    </article>
  );
}

import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CoworkingMunicipalitiesQuery, PlaceFieldsFragment } from '../../../gql/graphql';
import { useLanguage } from '../../../lib/use-language';
import { formatNumber } from '../../../lib/format';
import { projection } from '../../../lib/map-projection';
import { placePath } from '../paths';

type Region = CoworkingMunicipalitiesQuery['regions'][number];
const CANVAS = { width: 480, height: 360, margin: 36 };

/** Places grouped by municipality, in the order of their first place (nearest first when sorted so). */
function byMunicipality(places: readonly PlaceFieldsFragment[]): PlaceFieldsFragment[][] {
  const groups = new Map<string, PlaceFieldsFragment[]>();
  for (const place of places) groups.set(place.municipality.id, [...(groups.get(place.municipality.id) ?? []), place]);
  return [...groups.values()];
}

interface Props {
  places: readonly PlaceFieldsFragment[];
  regions: readonly Region[];
  homeId: string | null;
}

/** A drawn map of the places by municipality (no tiles, nothing from other hosts) and the same facts as a table. */
export function PlacesMap({ places, regions, homeId }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const municipalities = regions.flatMap((region) => region.municipalities.map((m) => ({ ...m, regionName: region.name })));
  if (municipalities.length === 0) return null;
  const at = projection(municipalities, CANVAS);
  const groups = byMunicipality(places);
  const home = municipalities.find((m) => m.id === homeId) ?? null;
  const label = t('coworking.map.label', { count: places.length, municipalities: groups.length });

  return (
    <section className="coworking-map" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('coworking.map.heading')}</h2>
      <p id={`${id}-description`} className="field__hint">
        {t('coworking.map.description')}
      </p>
      <svg
        viewBox={`0 0 ${CANVAS.width} ${CANVAS.height}`}
        role="img"
        aria-label={label}
        aria-describedby={`${id}-description`}
        className="coworking-map__drawing"
      >
        <g aria-hidden="true">
          {municipalities.map((m) => {
            const { x, y } = at(m);
            return <circle key={m.id} cx={x} cy={y} r={2.5} className="coworking-map__town" />;
          })}
          {groups.map((group) => {
            const first = group[0]!;
            const { x, y } = at(first.municipality);
            const desks = group.reduce((sum, place) => sum + place.desks, 0);
            return (
              <g key={first.municipality.id}>
                <circle cx={x} cy={y} r={5 + Math.sqrt(desks) * 1.6} className="coworking-map__place" />
                <text x={x} y={y - 9 - Math.sqrt(desks) * 1.6} textAnchor="middle" className="coworking-map__label">
                  {first.municipality.name}
                </text>
              </g>
            );
          })}
          {home ? (
            <g>
              <rect x={at(home).x - 5} y={at(home).y - 5} width={10} height={10} className="coworking-map__home" />
              <text x={at(home).x} y={at(home).y + 20} textAnchor="middle" className="coworking-map__label">
                {t('coworking.map.home', { name: home.name })}
              </text>
            </g>
          ) : null}
        </g>
      </svg>
      <table className="data-table">
        <caption>{t('coworking.map.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('coworking.map.municipality')}</th>
            <th scope="col">{t('coworking.map.region')}</th>
            <th scope="col">{t('coworking.map.places')}</th>
            <th scope="col">{t('coworking.map.desks')}</th>
            {home ? <th scope="col">{t('coworking.map.distance')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {groups.map((group) => {
            const first = group[0]!;
            return (
              <tr key={first.municipality.id}>
                <th scope="row">{first.municipality.name}</th>
                <td>{first.municipality.region.name}</td>
                <td>
                  <ul className="plain-list">
                    {group.map((place) => (
                      <li key={place.id}>
                        <Link to={placePath(place.id)}>{place.name}</Link>
                      </li>
                    ))}
                  </ul>
                </td>
                <td>
                  {formatNumber(
                    group.reduce((sum, place) => sum + place.desks, 0),
                    language,
                  )}
                </td>
                {home ? <td>{first.distanceKm === null ? '–' : `${formatNumber(first.distanceKm, language)} km`}</td> : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegionKey } from '../../../gql/graphql';
import { projection } from '../../../lib/map-projection';
import { formatCount, type CellFormat } from '../dataset';
import type { DashboardData } from '../datasets';
import { useCellFormat } from '../hooks/use-cell-format';

type Place = { key: RegionKey; latitude: number | null; longitude: number | null };
type Row = DashboardData['organisations']['byRegion'][number];

const CANVAS = { width: 520, height: 380, margin: 56 };
/** Area ∝ count: a circle of radius MAX_RADIUS for the largest region. */
const MAX_RADIUS = 44;
const MIN_RADIUS = 6;

/**
 * Dortmund and the five districts where they lie (their seats' coordinates, no map tiles), each a
 * circle whose area is its registered organisations; a hidden count is drawn as a small dashed
 * circle with its label ("< 3", "geschützt"). The table below the map holds the same figures.
 */
export function RegionCartogram({ rows, places }: { rows: readonly Row[]; places: readonly Place[] }) {
  const { t } = useTranslation();
  const id = useId();
  const format: CellFormat = useCellFormat();
  const located = rows.flatMap((row) => {
    const place = places.find((p) => p.key === row.region);
    return typeof place?.latitude === 'number' && typeof place.longitude === 'number'
      ? [{ row, point: { latitude: place.latitude, longitude: place.longitude } }]
      : [];
  });
  if (located.length === 0) return null;
  const at = projection(
    located.map((entry) => entry.point),
    CANVAS,
  );
  const largest = Math.max(1, ...located.map(({ row }) => row.total.value ?? 0));
  const radius = (value: number | null | undefined) => (value ? Math.max(MIN_RADIUS, MAX_RADIUS * Math.sqrt(value / largest)) : MIN_RADIUS);
  const name = (key: RegionKey) => t(`enums.region.${key}`);
  const summary = located.map(({ row }) => `${name(row.region)}: ${formatCount(row.total, format)}`).join('; ');

  return (
    <figure className="region-cartogram">
      <svg
        viewBox={`0 0 ${CANVAS.width} ${CANVAS.height}`}
        role="img"
        aria-label={t('publicFigures.map.label', { summary })}
        aria-describedby={`${id}-caption`}
        className="region-cartogram__drawing"
      >
        {located.map(({ row, point }) => {
          const { x, y } = at(point);
          const hidden = row.total.suppressed;
          const r = hidden ? MIN_RADIUS : radius(row.total.value);
          return (
            <g key={row.region} aria-hidden="true">
              <circle cx={x} cy={y} r={r} className={hidden ? 'region-cartogram__hidden' : 'region-cartogram__region'} />
              <text x={x} y={y - r - 6} textAnchor="middle" className="region-cartogram__label">
                {name(row.region)}
              </text>
              <text x={x} y={y + 5} textAnchor="middle" className="region-cartogram__value">
                {hidden ? '' : formatCount(row.total, format)}
              </text>
              {hidden ? (
                <text x={x} y={y + r + 16} textAnchor="middle" className="region-cartogram__label">
                  {formatCount(row.total, format)}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <figcaption id={`${id}-caption`} className="muted">
        {t('publicFigures.map.caption')}
      </figcaption>
    </figure>
  );
}

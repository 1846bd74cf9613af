import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber } from '../../../lib/format';
import { formatCell, plotValue, type CellFormat, type DataSet } from '../dataset';
import type { ChartSpec } from '../datasets';
import { usePrefersReducedMotion } from '../hooks/use-reduced-motion';

/** Series colours: each has at least 4.5:1 contrast on white (bars and legend text alike). */
export const SERIES_COLOURS = ['#0b4f6c', '#b45309', '#1f7a4d', '#6d28d9', '#be123c'] as const;

interface Props {
  dataset: DataSet;
  spec: ChartSpec;
  format: CellFormat;
}

type ChartRow = Record<string, string | number | null>;

const textKey = (key: string) => `${key}__text`;

/**
 * A bar chart (recharts) of some columns of a data set. Suppressed cells have no bar; the tooltip
 * writes them as "< 3". Loaded with the chart only (its own chunk); the table is the accessible view.
 */
export default function BarChartView({ dataset, spec, format }: Props) {
  const reducedMotion = usePrefersReducedMotion();
  const index = new Map(dataset.columns.map((column, position) => [column.key, position]));
  const data: ChartRow[] = dataset.rows.map((row) => {
    const entry: ChartRow = { name: row.cells[0] ? formatCell(row.cells[0], format) : '' };
    for (const key of spec.series) {
      const cell = row.cells[index.get(key) ?? -1];
      entry[key] = plotValue(cell);
      entry[textKey(key)] = cell ? formatCell(cell, format) : '';
    }
    return entry;
  });
  const horizontal = spec.horizontal ?? false;
  const height = horizontal ? Math.max(160, dataset.rows.length * (spec.stacked ? 34 : 22 * spec.series.length + 12) + 70) : 300;
  const tick = { fill: '#1b1f24', fontSize: 13 };
  // The value axis is written like the tables: 130.000 in German, 130,000 in English.
  const valueTick = (value: number) => formatNumber(value, format.language);

  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart
        data={data}
        layout={horizontal ? 'vertical' : 'horizontal'}
        accessibilityLayer={false}
        margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
      >
        <CartesianGrid strokeDasharray="3 3" stroke="#d5dbe1" />
        {horizontal ? (
          <>
            <XAxis type="number" allowDecimals={false} tick={tick} tickFormatter={valueTick} stroke="#4a5561" />
            <YAxis type="category" dataKey="name" width={170} tick={tick} stroke="#4a5561" interval={0} />
          </>
        ) : (
          <>
            <XAxis dataKey="name" tick={tick} stroke="#4a5561" interval={0} />
            <YAxis allowDecimals={false} tick={tick} tickFormatter={valueTick} stroke="#4a5561" width={72} />
          </>
        )}
        <Tooltip
          formatter={(value, name, item) => {
            const payload = item.payload as ChartRow | undefined;
            const key = String(item.dataKey ?? '');
            return [payload?.[textKey(key)] ?? String(value), name];
          }}
        />
        <Legend wrapperStyle={{ color: '#1b1f24' }} />
        {spec.series.map((key, position) => (
          <Bar
            key={key}
            dataKey={key}
            name={dataset.columns[index.get(key) ?? 0]?.label ?? key}
            fill={SERIES_COLOURS[position % SERIES_COLOURS.length]}
            stackId={spec.stacked ? 'stack' : undefined}
            isAnimationActive={!reducedMotion}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}

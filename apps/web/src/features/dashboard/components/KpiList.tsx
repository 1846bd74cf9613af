import { formatCell, type Cell } from '../dataset';
import { useCellFormat } from '../hooks/use-cell-format';

/** The headline figures of a panel as a description list. */
export function KpiList({ items }: { items: ReadonlyArray<{ label: string; cell: Cell }> }) {
  const format = useCellFormat();
  return (
    <dl className="kpi-list">
      {items.map((item) => (
        <div key={item.label} className="kpi-list__item">
          <dt>{item.label}</dt>
          <dd>{formatCell(item.cell, format)}</dd>
        </div>
      ))}
    </dl>
  );
}

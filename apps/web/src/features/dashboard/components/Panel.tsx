import { useId, type ReactNode } from 'react';
import type { Cell } from '../dataset';
import type { Figure } from '../datasets';
import { FigureBlock } from './FigureBlock';
import { KpiList } from './KpiList';

export interface PanelProps {
  heading: string;
  kpis?: ReadonlyArray<{ label: string; cell: Cell }>;
  figures: readonly Figure[];
  children?: ReactNode;
}

/** One panel of the dashboard or the public figures: heading, key figures, then its figures (chart or table, CSV). */
export function Panel({ heading, kpis, figures, children }: PanelProps) {
  const id = useId();
  return (
    <section className="dashboard-panel" aria-labelledby={id}>
      <h2 id={id} className="dashboard-panel__heading">
        {heading}
      </h2>
      {children}
      {kpis ? <KpiList items={kpis} /> : null}
      {figures.map((figure) => (
        <FigureBlock key={figure.dataset.fileStem} figure={figure} />
      ))}
    </section>
  );
}

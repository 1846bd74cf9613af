import type { ReactNode } from 'react';

export interface Fact {
  key: string;
  label: string;
  value: ReactNode;
}

/** A definition list of facts ("Auf einen Blick"): label and value per row. */
export function FactList({ facts }: { facts: readonly Fact[] }) {
  return (
    <dl className="facts facts--wide">
      {facts.map((fact) => (
        <div key={fact.key} className="facts__row">
          <dt>{fact.label}</dt>
          <dd>{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}

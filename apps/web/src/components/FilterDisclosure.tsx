import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A filter form that folds behind a "Filter" button (aria-expanded) where the directory layout
 * stacks (below 52rem, see lists.css), so the results start near the top on a phone. From 52rem
 * up the button is hidden and the form always shown beside the results.
 */
export function FilterDisclosure({ active, children }: { active: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  return (
    <div className="filter-disclosure" data-open={open}>
      <button
        type="button"
        className="button button--secondary filter-disclosure__toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        {active ? t('shared.filters.toggleActive') : t('shared.filters.toggle')}
      </button>
      <div id={id} className="filter-disclosure__panel">
        {children}
      </div>
    </div>
  );
}

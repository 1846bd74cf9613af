import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/use-formatters';

/** A share (0..1) as a percentage, or "–" (read out as "no figure yet") when there is none. */
export function FigureRate({ value }: { value: number | null }) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (value !== null) return <>{format.percent(value)}</>;
  return (
    <>
      <span aria-hidden="true">–</span>
      <span className="visually-hidden">{t('workbenchAdvisor.figures.none')}</span>
    </>
  );
}

import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TopicFieldKey } from '../../../gql/graphql';
import { useLanguage } from '../../../lib/use-language';
import type { CellFormat } from '../dataset';
import type { Labels } from '../datasets';

/** How figures are written in the active language ("< 3", "nicht ausgewiesen (weniger als 3)", "geschützt", "–"). */
export function useCellFormat(): CellFormat {
  const { t } = useTranslation();
  const language = useLanguage();
  return useMemo(
    () => ({
      language,
      texts: {
        suppressed: t('dashboard.kpi.suppressed'),
        rateSuppressed: t('dashboard.kpi.rateSuppressed'),
        protected: t('dashboard.kpi.protected'),
        none: t('dashboard.kpi.none'),
      },
    }),
    [language, t],
  );
}

/** Labels for the data-set builders; topic-field titles come with the dashboard query. */
export function useLabels(topicFields: ReadonlyArray<{ key: TopicFieldKey; title: string }>): Labels {
  const { t } = useTranslation();
  return useMemo(() => {
    const titles = new Map(topicFields.map((field) => [field.key, field.title]));
    return { t, topicField: (key: TopicFieldKey) => titles.get(key) ?? key };
  }, [t, topicFields]);
}

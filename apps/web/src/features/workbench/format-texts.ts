import { useTranslation } from 'react-i18next';
import type { ConsultationMode } from '../../gql/graphql';

interface FormatLike {
  durationMinutes: number;
  capacity: number;
  mode: ConsultationMode;
  location: string | null;
  advisor: { name: string };
  organisation: { name: string };
}

/** How a format is described in words: duration, one-to-one or Denkraum, place. */
export function useFormatTexts() {
  const { t } = useTranslation();
  return {
    duration: (format: Pick<FormatLike, 'durationMinutes'>) => t('workbench.format.duration', { count: format.durationMinutes }),
    kind: (format: Pick<FormatLike, 'capacity'>) =>
      format.capacity > 1 ? t('workbench.format.group', { count: format.capacity }) : t('workbench.format.oneToOne'),
    /** Mode and address; the meeting link is the booking's, never the format's. */
    place: (format: Pick<FormatLike, 'mode' | 'location'>) =>
      format.mode === 'REMOTE'
        ? t('workbench.format.remote')
        : format.location
          ? t('workbench.format.onsiteAt', { location: format.location })
          : t('workbench.format.onsite'),
    by: (format: Pick<FormatLike, 'advisor' | 'organisation'>) =>
      t('workbench.format.by', { advisor: format.advisor.name, organisation: format.organisation.name }),
  };
}

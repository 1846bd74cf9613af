import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets `document.title` to "<page> – Wirtschaftsinitiative Westfalen" (or the portal name). */
export function useDocumentTitle(page: string | undefined): void {
  const { t } = useTranslation();
  const title = page ? t('common.documentTitle', { page }) : t('common.portalName');
  useEffect(() => {
    document.title = title;
  }, [title]);
}

import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { LoadingState } from './StatusViews';

/** Route element of an area whose pages are loaded when first opened (board, workbench, dashboard): waits for them. */
export function SuspenseOutlet() {
  const { t } = useTranslation();
  return (
    <Suspense
      fallback={
        <div aria-busy="true">
          <LoadingState label={t('shared.loading')} />
        </div>
      }
    >
      <Outlet />
    </Suspense>
  );
}

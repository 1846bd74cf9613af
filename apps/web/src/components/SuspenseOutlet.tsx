import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { LoadingState } from './StatusViews';

/** `/boerse/*`: the board's pages are loaded when first opened; this boundary waits for them. */
export function MatchmakingLayout() {
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

import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { ErrorState, LoadingState } from './StatusViews';
import { useMe } from '../lib/session/use-me';
import { signInPath } from '../lib/site-paths';

/** Route element of the private board pages: signed out → the sign-in page, returning here afterwards. */
export function RequireSignIn() {
  const { t } = useTranslation();
  const location = useLocation();
  const me = useMe();
  if (me.isPending) {
    return (
      <div aria-busy="true">
        <LoadingState label={t('shared.loading')} />
      </div>
    );
  }
  if (me.isError) return <ErrorState title={t('shared.loadError')} error={me.error} onRetry={() => void me.refetch()} retrying={me.isFetching} />;
  if (!me.data) return <Navigate to={signInPath(`${location.pathname}${location.search}`)} replace />;
  return <Outlet />;
}

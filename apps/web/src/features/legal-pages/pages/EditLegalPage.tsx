import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { PageHeading } from '../../../components/PageHeading';
import { EmptyState, ErrorState, LoadingState } from '../../../components/StatusViews';
import type { LegalPageKind } from '../../../gql/graphql';
import { isAdmin } from '../../../lib/session/access';
import { useMe } from '../../../lib/session/use-me';
import { signInPath } from '../../../lib/site-paths';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { LegalEditor } from '../components/LegalEditor';
import { LegalHistory } from '../components/LegalHistory';
import { useLegalPage } from '../hooks/use-legal-page';
import { LEGAL_PATHS } from '../paths';
import '../legal-pages.css';

/** `<legal page>/bearbeiten`: administrators write a new version and see the history; others get a clear refusal. */
export function EditLegalPage({ page }: { page: LegalPageKind }) {
  const { t } = useTranslation();
  const location = useLocation();
  const title = t('legal.editor.title', { page: t(`legal.titles.${page}`) });
  useDocumentTitle(title);
  const me = useMe();
  const admin = isAdmin(me.data?.roles);
  const current = useLegalPage(page);

  let content;
  if (me.isPending || (admin && current.isPending)) {
    content = (
      <div aria-busy="true">
        <LoadingState label={t('legal.loading')} />
      </div>
    );
  } else if (me.isError) {
    content = <ErrorState title={t('legal.error')} error={me.error} onRetry={() => void me.refetch()} retrying={me.isFetching} />;
  } else if (!admin) {
    content = (
      <EmptyState title={t('legal.editor.noAccessTitle')}>
        <p>{me.data ? t('legal.editor.noAccessRole') : t('legal.editor.noAccessSignedOut')}</p>
        {me.data ? null : (
          <p>
            <Link to={signInPath(location.pathname)} className="button">
              {t('account.menu.signIn')}
            </Link>
          </p>
        )}
      </EmptyState>
    );
  } else if (current.isError) {
    content = <ErrorState title={t('legal.error')} error={current.error} onRetry={() => void current.refetch()} retrying={current.isFetching} />;
  } else if (!current.data) {
    content = <EmptyState title={t('legal.missing')} />;
  } else {
    content = (
      <>
        <p className="lead">{t('legal.editor.intro')}</p>
        <LegalEditor page={page} current={current.data} />
        <LegalHistory page={page} />
      </>
    );
  }

  return (
    <div className="page page--narrow legal-page">
      <p>
        <Link to={LEGAL_PATHS[page]}>{t('legal.editor.backToPage')}</Link>
      </p>
      <PageHeading>{title}</PageHeading>
      {content}
    </div>
  );
}

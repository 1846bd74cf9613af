import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '../../../components/PageHeading';
import { QueryStates } from '../../../components/QueryStates';
import type { LegalPageKind } from '../../../gql/graphql';
import { isAdmin } from '../../../lib/session/access';
import { useMe } from '../../../lib/session/use-me';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useFormatters } from '../../../lib/use-formatters';
import { LegalText } from '../components/LegalText';
import { useLegalPage } from '../hooks/use-legal-page';
import { legalEditPath } from '../paths';
import '../legal-pages.css';

/** `/impressum`, `/datenschutz`, `/barrierefreiheit`: the published version with its "Stand"; administrators get "Bearbeiten". */
export function LegalPage({ page }: { page: LegalPageKind }) {
  const { t } = useTranslation();
  const title = t(`legal.titles.${page}`);
  useDocumentTitle(title);
  const query = useLegalPage(page);
  const me = useMe();
  const { date, language } = useFormatters();

  return (
    <div className="page page--narrow legal-page">
      <PageHeading>{title}</PageHeading>
      <QueryStates
        query={query}
        notFound={query.data === null}
        notFoundText={t('legal.missing')}
        notFoundAction={null}
        loadingLabel={t('legal.loading')}
        errorTitle={t('legal.error')}
      >
        {(data) =>
          data ? (
            <>
              <p className="legal-page__updated">{t('legal.updated', { date: date(data.updatedAt), version: data.version })}</p>
              {isAdmin(me.data?.roles) ? (
                <p>
                  <Link to={legalEditPath(page)} className="button button--secondary">
                    {t('legal.edit')}
                  </Link>
                </p>
              ) : null}
              <LegalText source={data.body} lang={language} />
            </>
          ) : null
        }
      </QueryStates>
    </div>
  );
}

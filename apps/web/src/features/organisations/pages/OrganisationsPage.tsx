import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../components/PageHeading';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { OrganisationFilterForm } from '../components/OrganisationFilterForm';
import { OrganisationResults } from '../components/OrganisationResults';
import { hasActiveFilters, toGraphQLFilter } from '../filters';
import { FilterDisclosure } from '../../../components/FilterDisclosure';
import { useOrganisationFilters } from '../hooks/use-organisation-filters';
import '../organisations.css';

export function OrganisationsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('organisations.title'));
  const { filters, update, reset } = useOrganisationFilters();
  return (
    <div className="page">
      <PageHeading>{t('organisations.title')}</PageHeading>
      <p className="lead">{t('organisations.intro')}</p>
      <div className="directory">
        <FilterDisclosure active={hasActiveFilters(filters)}>
          <OrganisationFilterForm filters={filters} onChange={update} onReset={reset} />
        </FilterDisclosure>
        <OrganisationResults filter={toGraphQLFilter(filters)} onResetFilters={reset} />
      </div>
    </div>
  );
}

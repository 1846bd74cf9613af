import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState, LoadingState } from '../../../components/StatusViews';
import { useMe } from '../../../lib/session/use-me';
import { CreateOfficeForm } from '../components/CreateOfficeForm';
import { OfficeList } from '../components/OfficeList';
import { useOffices } from '../hooks/use-offices';
import { assignableRoles } from '../roles';

/** `/geschaeftsstelle/aemter`: offices by organisation with holder and history; create and hand over. */
export function OfficesPage() {
  const { t } = useTranslation();
  const id = useId();
  const me = useMe();
  const offices = useOffices();
  const assignable = assignableRoles(me.data?.roles);

  let content;
  if (offices.isPending) {
    content = (
      <div aria-busy="true">
        <LoadingState label={t('coordination.offices.loading')} />
      </div>
    );
  } else if (offices.isError) {
    content = (
      <ErrorState
        title={t('coordination.offices.error')}
        error={offices.error}
        onRetry={() => void offices.refetch()}
        retrying={offices.isFetching}
      />
    );
  } else if (offices.data.length === 0) {
    content = <EmptyState title={t('coordination.offices.empty')} />;
  } else {
    content = <OfficeList offices={offices.data} assignable={assignable} />;
  }

  return (
    <section className="account-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('coordination.offices.heading')}</h2>
      <p>{t('coordination.offices.intro')}</p>
      {content}
      <CreateOfficeForm roles={assignable} />
    </section>
  );
}

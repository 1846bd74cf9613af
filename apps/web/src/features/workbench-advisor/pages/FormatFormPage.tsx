import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ArrowLeftIcon } from '../../../components/icons';
import { EmptyState, ErrorState, LoadingState } from '../../../components/StatusViews';
import { hasErrorCode } from '../../../lib/error-message';
import { ErrorCodes } from '../../../lib/error-codes';
import { FormatForm } from '../components/FormatForm';
import { FormatStatusActions } from '../components/FormatStatusActions';
import { emptyFormatValues, formatFormValues } from '../format-form';
import { mayOfferFormats, useAdvisorOrganisations } from '../hooks/use-advisor-organisations';
import { useFormat } from '../hooks/use-formats';
import { ADVISOR_PATHS } from '../paths';

/** Back link, heading and intro around the format form. */
function FormatFormFrame({ title, intro, children }: { title: string; intro: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <section className="section advisor-narrow" aria-labelledby="advisor-format-heading">
      <Link to={ADVISOR_PATHS.formats} className="back-link">
        <ArrowLeftIcon />
        {t('workbenchAdvisor.toFormats')}
      </Link>
      <h2 id="advisor-format-heading" className="section__heading">
        {title}
      </h2>
      <p>{intro}</p>
      {children}
    </section>
  );
}

function Loading({ label }: { label: string }) {
  return (
    <div aria-busy="true">
      <LoadingState label={label} />
    </div>
  );
}

/** `/werkbank/beratung/formate/neu`: a new format for an advisory or member organisation I belong to. */
export function NewFormatPage() {
  const { t } = useTranslation();
  const mine = useAdvisorOrganisations();
  const eligible = mine.organisations.filter(mayOfferFormats);

  let content;
  if (mine.isPending) content = <Loading label={t('workbenchAdvisor.form.organisationsLoading')} />;
  else if (mine.error) content = <ErrorState title={t('workbenchAdvisor.form.organisationsError')} error={mine.error} onRetry={mine.refetch} />;
  else if (eligible.length === 0) {
    content = (
      <EmptyState title={t('workbenchAdvisor.form.noOrganisationTitle')}>
        <p>{t('workbenchAdvisor.form.noOrganisationText')}</p>
      </EmptyState>
    );
  } else content = <FormatForm organisations={eligible} initial={emptyFormatValues(eligible.length === 1 ? eligible[0]!.id : '')} />;

  return (
    <FormatFormFrame title={t('workbenchAdvisor.form.newTitle')} intro={t('workbenchAdvisor.form.newIntro')}>
      {content}
    </FormatFormFrame>
  );
}

/** `/werkbank/beratung/formate/:id`: changes one of my formats; archive or offer it again. */
export function EditFormatPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const format = useFormat(id);
  const notMine = format.isSuccess && !format.data.viewerIsAdvisor;

  let content;
  if (format.isPending) content = <Loading label={t('workbenchAdvisor.form.loading')} />;
  else if (notMine || (format.isError && hasErrorCode(format.error, ErrorCodes.FORMAT_NOT_FOUND))) {
    content = (
      <EmptyState title={t('workbenchAdvisor.form.notFound')}>
        <p>
          <Link to={ADVISOR_PATHS.formats}>{t('workbenchAdvisor.toFormats')}</Link>
        </p>
      </EmptyState>
    );
  } else if (format.isError) {
    content = (
      <ErrorState
        title={t('workbenchAdvisor.form.loadError')}
        error={format.error}
        onRetry={() => void format.refetch()}
        retrying={format.isFetching}
      />
    );
  } else {
    content = (
      <>
        <FormatStatusActions format={format.data} />
        <FormatForm
          key={format.data.id}
          initial={formatFormValues(format.data)}
          edit={{ id: format.data.id, organisationName: format.data.organisation.name }}
        />
      </>
    );
  }

  return (
    <FormatFormFrame
      title={t('workbenchAdvisor.form.editTitle')}
      intro={format.data?.title ? `${format.data.title}. ${t('workbenchAdvisor.form.editIntro')}` : t('workbenchAdvisor.form.editIntro')}
    >
      {content}
    </FormatFormFrame>
  );
}

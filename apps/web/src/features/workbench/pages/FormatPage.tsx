import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ArrowLeftIcon } from '../../../components/icons';
import { PageHeading } from '../../../components/PageHeading';
import { QueryStates } from '../../../components/QueryStates';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { hasErrorCode } from '../../../lib/error-message';
import { BookingSection } from '../components/BookingSection';
import { FormatFacts, type FormatDetail } from '../components/FormatFacts';
import { useConsultationFormat } from '../hooks/use-formats';
import { WORKBENCH_PATH } from '../../../lib/site-paths';
import '../../../styles/cards.css';
import '../workbench.css';
import { ErrorCodes } from '../../../lib/error-codes';

function FormatContent({ format }: { format: FormatDetail }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <>
      <p className="format-detail__topic">{format.topicField.title}</p>
      <section className="section" aria-labelledby={`${id}-facts`}>
        <h2 id={`${id}-facts`} className="section__heading">
          {t('workbench.detail.factsHeading')}
        </h2>
        <FormatFacts format={format} />
      </section>
      <section className="section" aria-labelledby={`${id}-description`}>
        <h2 id={`${id}-description`} className="section__heading">
          {t('workbench.detail.description')}
        </h2>
        <p className="pre-line">{format.description}</p>
      </section>
      <BookingSection format={format} />
    </>
  );
}

/** `/werkbank/formate/:id`: a consultation format, its free slots of a week, booking and confirmation. */
export function FormatPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const format = useConsultationFormat(id);
  const title = format.data?.title ?? t('workbench.detail.titleFallback');
  useDocumentTitle(title);

  return (
    <div className="page workbench format-detail">
      <Link to={WORKBENCH_PATH} className="back-link">
        <ArrowLeftIcon />
        {t('workbench.detail.back')}
      </Link>
      <PageHeading>{title}</PageHeading>
      <QueryStates
        query={format}
        notFound={hasErrorCode(format.error, ErrorCodes.FORMAT_NOT_FOUND)}
        notFoundText={t('workbench.detail.notFound')}
        notFoundAction={
          <Link to={WORKBENCH_PATH} className="button button--secondary">
            {t('workbench.detail.back')}
          </Link>
        }
        loadingLabel={t('workbench.detail.loading')}
        errorTitle={t('workbench.detail.error')}
      >
        {(data) => <FormatContent format={data} />}
      </QueryStates>
    </div>
  );
}

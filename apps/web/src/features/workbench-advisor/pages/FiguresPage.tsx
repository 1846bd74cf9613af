import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '../../../components/StatusViews';
import type { AdvisorFiguresQuery } from '../../../gql/graphql';
import { useFormatters } from '../../../lib/use-formatters';
import { FigureRate } from '../components/FigureRate';
import { FormatFiguresTable } from '../components/FormatFiguresTable';
import { useAdvisorFigures } from '../hooks/use-figures';
import { NEW_FORMAT_PATH } from '../paths';

type Figures = AdvisorFiguresQuery['myAdvisorFigures'];

/** `/werkbank/beratung/kennzahlen`: my figures as an advisor, all time, in total and per format. */
export function FiguresPage() {
  const { t } = useTranslation();
  const id = useId();
  const figures = useAdvisorFigures();

  let content;
  if (figures.isPending) {
    content = (
      <div aria-busy="true">
        <LoadingState label={t('workbenchAdvisor.figures.loading')} />
      </div>
    );
  } else if (figures.isError) {
    content = (
      <ErrorState
        title={t('workbenchAdvisor.figures.error')}
        error={figures.error}
        onRetry={() => void figures.refetch()}
        retrying={figures.isFetching}
      />
    );
  } else if (figures.data.byFormat.length === 0) {
    content = (
      <EmptyState title={t('workbenchAdvisor.figures.empty')}>
        <p>{t('workbenchAdvisor.figures.emptyHint')}</p>
        <p>
          <Link to={NEW_FORMAT_PATH}>{t('workbenchAdvisor.formats.new')}</Link>
        </p>
      </EmptyState>
    );
  } else {
    const withoutRate = figures.data.byFormat.some((row) => row.noShowRate === null || row.utilisation === null);
    content = (
      <>
        <h3 className="advisor-form__heading">{t('workbenchAdvisor.figures.totalsHeading')}</h3>
        <Totals figures={figures.data} />
        <div className="table-scroll">
          <FormatFiguresTable formats={figures.data.byFormat} describedBy={withoutRate ? `${id}-none` : undefined} />
        </div>
        {withoutRate ? (
          <p id={`${id}-none`} className="muted">
            {t('workbenchAdvisor.figures.noneHint')}
          </p>
        ) : null}
      </>
    );
  }

  return (
    <section className="section advisor-figures" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="section__heading">
        {t('workbenchAdvisor.figures.heading')}
      </h2>
      <p>{t('workbenchAdvisor.figures.intro')}</p>
      {content}
    </section>
  );
}

/** The totals over all formats; a rate without a basis says why it is missing. */
function Totals({ figures }: { figures: Figures }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const counts = [
    ['bookings', figures.bookings],
    ['upcoming', figures.upcoming],
    ['attended', figures.attended],
    ['noShows', figures.noShows],
  ] as const;
  const rates = [
    ['noShowRate', figures.noShowRate, 'noShowRateNone'],
    ['utilisation', figures.utilisation, 'utilisationNone'],
  ] as const;
  return (
    <dl className="facts facts--wide advisor-narrow" aria-label={t('workbenchAdvisor.figures.totalsHeading')}>
      {counts.map(([key, value]) => (
        <div key={key} className="facts__row">
          <dt>{t(`workbenchAdvisor.figures.${key}`)}</dt>
          <dd>{format.number(value)}</dd>
        </div>
      ))}
      {rates.map(([key, value, none]) => (
        <div key={key} className="facts__row">
          <dt>{t(`workbenchAdvisor.figures.${key}`)}</dt>
          <dd>
            <FigureRate value={value} />
            {value === null ? <span className="muted"> ({t(`workbenchAdvisor.figures.${none}`)})</span> : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}

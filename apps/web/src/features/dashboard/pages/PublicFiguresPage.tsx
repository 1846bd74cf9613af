import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeading } from '../../../components/PageHeading';
import { ErrorState, LoadingState } from '../../../components/StatusViews';
import type { PublicFiguresQuery } from '../../../gql/graphql';
import { useBerlinToday } from '../../../lib/use-now';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useFormatters } from '../../../lib/use-formatters';
import { downloadFile } from '../csv';
import { connectionFigures, coworkingFigures, organisationFigures, topicFieldFigures, type Labels } from '../datasets';
import { regionContextFigures } from '../datasets-region-context';
import { useLabels } from '../hooks/use-cell-format';
import { usePublicFigures } from '../hooks/use-public-figures';
import { periodName } from '../period-label';
import { firstDayOf } from '../filters';
import {
  PUBLIC_PERIOD_PARAM,
  publicFiguresJson,
  publicPeriodChoices,
  publicPeriodFrom,
  publicPeriodValue,
  type PublicPeriodChoice,
} from '../public-figures';
import { FigureContext } from '../components/figure-context';
import { ConnectionsPanel, CoworkingPanel, OrganisationsPanel, RegionContextPanel, TopicFieldsPanel } from '../components/PartnershipPanels';
import { RegionCartogram } from '../components/RegionCartogram';
import '../dashboard.css';

const LICENCE = { name: 'Datenlizenz Deutschland – Namensnennung – Version 2.0', url: 'https://www.govdata.de/dl-de/by-2-0' };

type Figures = PublicFiguresQuery['publicFigures'];

const allDatasets = (data: Figures, labels: Labels) =>
  [organisationFigures, connectionFigures, topicFieldFigures, coworkingFigures, regionContextFigures].flatMap((build) =>
    build(data, labels).map((figure) => figure.dataset),
  );

function Loaded({ query }: { query: PublicFiguresQuery }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const labels = useLabels(query.topicFields);
  const data = query.publicFigures;
  const slug = publicPeriodValue(data.period);
  const downloadJson = () =>
    downloadFile(
      `zahlen-${slug}.json`,
      publicFiguresJson(
        {
          title: t('publicFigures.title'),
          description: t('publicFigures.intro'),
          licence: LICENCE,
          publisher: t('common.portalName'),
          period: data.period,
          asOf: data.asOf,
          protectionNote: t('publicFigures.protection'),
        },
        allDatasets(data, labels),
      ),
      'application/json;charset=utf-8',
    );
  return (
    <FigureContext value={{ print: false, periodSlug: slug, region: null, filePrefix: 'zahlen' }}>
      <div className="dashboard-status">
        <p>
          <strong>{periodName(data.period, format.language, t)}</strong>
          {data.asOf ? ` · ${t('dashboard.status.asOf', { time: format.dateTime(data.asOf) })}` : null}
        </p>
        {data.asOf === null ? (
          <p className="notice" role="status">
            {t('dashboard.status.asOfMissing')}
          </p>
        ) : null}
        <p className="muted">{t('publicFigures.protection')}</p>
        <p className="muted">
          {t('publicFigures.licence')}{' '}
          <a href={LICENCE.url} rel="license">
            {LICENCE.name}
          </a>
        </p>
        <button type="button" className="button button--secondary" onClick={downloadJson}>
          {t('publicFigures.downloadJson')}
        </button>
      </div>
      <div className="dashboard-panels">
        <OrganisationsPanel data={data} labels={labels}>
          <RegionCartogram rows={data.organisations.byRegion} places={query.regions} />
        </OrganisationsPanel>
        <ConnectionsPanel data={data} labels={labels} />
        <TopicFieldsPanel data={data} labels={labels} />
        <CoworkingPanel data={data} labels={labels} />
        <RegionContextPanel data={data} labels={labels} />
      </div>
    </FigureContext>
  );
}

/** `/zahlen`: the partnership in figures for everyone, by quarter or year, with CSV and JSON downloads. */
export function PublicFiguresPage() {
  const { t } = useTranslation();
  const id = useId();
  const today = useBerlinToday();
  const [params, setParams] = useSearchParams();
  const choice = publicPeriodFrom(params.get(PUBLIC_PERIOD_PARAM), today);
  const { years, quarters } = publicPeriodChoices(today);
  const query = usePublicFigures(choice);
  const format = useFormatters();
  useDocumentTitle(t('publicFigures.title'));
  const label = ({ kind, value }: PublicPeriodChoice) => {
    const from = firstDayOf(value)!;
    return periodName({ kind, from, to: from }, format.language, t);
  };

  return (
    <div className="page dashboard">
      <PageHeading>{t('publicFigures.title')}</PageHeading>
      <p className="lead">{t('publicFigures.intro')}</p>
      <div className="field public-figures__period">
        <label htmlFor={`${id}-period`}>{t('publicFigures.period')}</label>
        <select
          id={`${id}-period`}
          value={choice.value}
          onChange={(event) =>
            setParams((current) => new URLSearchParams({ ...Object.fromEntries(current), [PUBLIC_PERIOD_PARAM]: event.target.value }))
          }
        >
          <optgroup label={t('publicFigures.years')}>
            {years.map((year) => (
              <option key={year.value} value={year.value}>
                {label(year)}
              </option>
            ))}
          </optgroup>
          <optgroup label={t('publicFigures.quarters')}>
            {quarters.map((quarter) => (
              <option key={quarter.value} value={quarter.value}>
                {label(quarter)}
              </option>
            ))}
          </optgroup>
        </select>
      </div>
      {query.isPending ? (
        <div aria-busy="true">
          <LoadingState label={t('publicFigures.loading')} />
        </div>
      ) : query.data === undefined ? (
        <ErrorState title={t('publicFigures.error')} error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />
      ) : (
        <div aria-busy={query.isPlaceholderData}>
          <Loaded query={query.data} />
        </div>
      )}
    </div>
  );
}

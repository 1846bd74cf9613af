import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ResultsSection } from '../../../components/PagedResults';
import { PageHeading } from '../../../components/PageHeading';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useBerlinToday } from '../../../lib/use-now';
import { useSearchParamFilters } from '../../../lib/use-search-param-filters';
import { MeetingCard } from '../components/MeetingCard';
import { MeetingFilterForm } from '../components/MeetingFilterForm';
import { MonthView } from '../components/MonthView';
import { NewMeetingLink } from '../components/OrganiserEntry';
import { meetingFiltersFromSearchParams, meetingFiltersToSearchParams, toMeetingFilter } from '../filters';
import { useMeetings } from '../hooks/use-meetings';
import { MONTH_PARAM, MONTH_VIEW, monthOf, VIEW_PARAM } from '../month';
import '../../../styles/cards.css';
import '../meetings.css';

/** The search for the list or the month view, the filters (and the month) kept. */
function viewSearch(params: URLSearchParams, month: boolean): string {
  const next = new URLSearchParams(params);
  if (month) next.set(VIEW_PARAM, MONTH_VIEW);
  else {
    next.delete(VIEW_PARAM);
    next.delete(MONTH_PARAM);
  }
  const search = next.toString();
  return search ? `?${search}` : '?';
}

/** `/veranstaltungen`: the partnership's event calendar (upcoming meetings I may see) as a list or a month, view and filters in the URL. */
export function MeetingsPage() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const today = useBerlinToday();
  const monthView = searchParams.get(VIEW_PARAM) === MONTH_VIEW;
  const { filters, update } = useSearchParamFilters(meetingFiltersFromSearchParams, meetingFiltersToSearchParams);
  const meetings = useMeetings(toMeetingFilter(filters), { enabled: !monthView });
  useDocumentTitle(monthView ? `${t('meetings.month.view')} – ${t('meetings.title')}` : t('meetings.title'));
  return (
    <div className="page meetings">
      <PageHeading>{t('meetings.title')}</PageHeading>
      <p className="lead">{t('meetings.intro')}</p>
      <p className="muted">{t('meetings.timeZoneNote')}</p>
      <nav aria-label={t('meetings.month.viewLabel')} className="board-tabs">
        <ul className="board-tabs__list">
          {[false, true].map((month) => (
            <li key={String(month)}>
              <Link to={viewSearch(searchParams, month)} className="board-tabs__link" aria-current={month === monthView ? 'page' : undefined}>
                {month ? t('meetings.month.view') : t('meetings.month.listView')}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <NewMeetingLink />
      <div className="directory">
        <MeetingFilterForm filters={filters} onChange={update} />
        {monthView ? (
          <MonthView month={monthOf(searchParams.get(MONTH_PARAM), today)} today={today} filter={toMeetingFilter(filters)} />
        ) : (
          <ResultsSection
            query={meetings}
            heading={t('meetings.list.heading')}
            loadingLabel={t('meetings.list.loading')}
            errorTitle={t('meetings.list.error')}
            emptyTitle={t('meetings.list.empty')}
            shownText={(shown, total) => t('meetings.list.shown', { shown, total })}
            renderItem={(meeting) => <MeetingCard meeting={meeting} />}
          />
        )}
      </div>
    </div>
  );
}

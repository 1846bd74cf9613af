import { useTranslation } from 'react-i18next';
import { PagedResults } from '../../../components/PagedResults';
import { PageHeading } from '../../../components/PageHeading';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useSearchParamFilters } from '../../../lib/use-search-param-filters';
import { MeetingCard } from '../components/MeetingCard';
import { MeetingFilterForm } from '../components/MeetingFilterForm';
import { meetingFiltersFromSearchParams, meetingFiltersToSearchParams, toMeetingFilter } from '../filters';
import { useMeetings } from '../hooks/use-meetings';
import '../../../styles/cards.css';
import '../meetings.css';

/** `/veranstaltungen`: the partnership's event calendar (upcoming meetings I may see), filters in the URL. */
export function MeetingsPage() {
  const { t } = useTranslation();
  const { filters, update } = useSearchParamFilters(meetingFiltersFromSearchParams, meetingFiltersToSearchParams);
  const meetings = useMeetings(toMeetingFilter(filters));
  useDocumentTitle(t('meetings.title'));
  return (
    <div className="page meetings">
      <PageHeading>{t('meetings.title')}</PageHeading>
      <p className="lead">{t('meetings.intro')}</p>
      <p className="muted">{t('meetings.timeZoneNote')}</p>
      <div className="directory">
        <MeetingFilterForm filters={filters} onChange={update} />
        <section className="results" aria-labelledby="meetings-results-heading">
          <h2 id="meetings-results-heading" className="visually-hidden">
            {t('meetings.list.heading')}
          </h2>
          <PagedResults
            query={meetings}
            loadingLabel={t('meetings.list.loading')}
            errorTitle={t('meetings.list.error')}
            emptyTitle={t('meetings.list.empty')}
            shownText={(shown, total) => t('meetings.list.shown', { shown, total })}
          >
            {(items) => (
              <ul className="entry-list">
                {items.map((meeting) => (
                  <li key={meeting.id}>
                    <MeetingCard meeting={meeting} />
                  </li>
                ))}
              </ul>
            )}
          </PagedResults>
        </section>
      </div>
    </div>
  );
}

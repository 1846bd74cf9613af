import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../../lib/session/use-me';
import { LiveAnnouncement } from '../../../components/LiveAnnouncement';
import { PagedResults } from '../../../components/PagedResults';
import { PeopleFilterForm } from '../components/PeopleFilterForm';
import { PeopleTable } from '../components/PeopleTable';
import { useAnnouncer } from '../../../lib/use-announcer';
import { usePeople } from '../hooks/use-people';
import { useSearchParamFilters } from '../../../lib/use-search-param-filters';
import { peopleFiltersFromSearchParams, peopleFiltersToSearchParams, toPersonFilter } from '../people-filters';
import { assignableRoles } from '../roles';

/** `/geschaeftsstelle/personen`: everyone with an account; grant and withdraw platform roles. */
export function PeoplePage() {
  const { t } = useTranslation();
  const id = useId();
  const me = useMe();
  const { filters, update } = useSearchParamFilters(peopleFiltersFromSearchParams, peopleFiltersToSearchParams);
  const people = usePeople(toPersonFilter(filters));
  const announcer = useAnnouncer();
  const assignable = assignableRoles(me.data?.roles);

  return (
    <section className="account-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('coordination.people.heading')}</h2>
      <p>{t('coordination.people.intro')}</p>
      <PeopleFilterForm filters={filters} onChange={update} />
      <LiveAnnouncement announcer={announcer} />
      <PagedResults
        query={people}
        loadingLabel={t('coordination.people.loading')}
        errorTitle={t('coordination.people.error')}
        emptyTitle={t('coordination.people.empty')}
      >
        {(items) => <PeopleTable people={items} assignable={assignable} onChanged={(text, options) => announcer.announce(text, options)} />}
      </PagedResults>
    </section>
  );
}

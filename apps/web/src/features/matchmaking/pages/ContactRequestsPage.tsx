import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '../../../components/PageHeading';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useSearchParamFilters } from '../../../lib/use-search-param-filters';
import { SelectField } from '../../../components/form/fields';
import { LiveAnnouncement } from '../../../components/LiveAnnouncement';
import { PagedResults } from '../../../components/PagedResults';
import { useAnnouncer } from '../../../lib/use-announcer';
import { contactFiltersFromSearchParams, contactFiltersToSearchParams, type ContactFilters } from '../contact-filters';
import { ContactRequestItem } from '../components/ContactRequestItem';
import { CONTACT_STATUSES, pickEnum } from '../enums';
import { useContactRequests } from '../hooks/use-contact-requests';
import { CONTACTS_PATH } from '../../../lib/site-paths';
import '../../../styles/cards.css';
import '../matchmaking.css';

const BOXES: ReadonlyArray<ContactFilters['box']> = ['INBOX', 'OUTBOX'];

/** `/boerse/kontakte`: contact requests received ("Eingang") and sent ("Ausgang"), with a status filter. */
export function ContactRequestsPage() {
  const { t } = useTranslation();
  const id = useId();
  useDocumentTitle(t('matchmaking.contacts.title'));
  const { filters, update } = useSearchParamFilters(contactFiltersFromSearchParams, contactFiltersToSearchParams);
  const requests = useContactRequests(filters.box, filters.status);
  const announcer = useAnnouncer();

  return (
    <div className="page matchmaking">
      <PageHeading>{t('matchmaking.contacts.title')}</PageHeading>
      <p className="lead">{t('matchmaking.contacts.intro')}</p>
      <nav aria-label={t('matchmaking.contacts.boxLabel')} className="board-tabs">
        <ul className="board-tabs__list">
          {BOXES.map((box) => (
            <li key={box}>
              <Link
                to={`${CONTACTS_PATH}?${contactFiltersToSearchParams({ ...filters, box }).toString()}`.replace(/\?$/, '')}
                className="board-tabs__link"
                aria-current={filters.box === box ? 'page' : undefined}
              >
                {t(`matchmaking.contacts.box.${box}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <form
        role="search"
        className="coordination-filter"
        aria-label={t('matchmaking.contacts.filterLabel')}
        onSubmit={(event) => event.preventDefault()}
      >
        <SelectField
          id={`${id}-status`}
          label={t('matchmaking.contacts.status')}
          required={false}
          value={filters.status ?? ''}
          onChange={(event) => update({ status: pickEnum(event.target.value, CONTACT_STATUSES) })}
        >
          <option value="">{t('matchmaking.contacts.statusAll')}</option>
          {CONTACT_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`matchmaking.contactStatus.${status}`)}
            </option>
          ))}
        </SelectField>
      </form>
      <LiveAnnouncement announcer={announcer} />
      <section className="results" aria-labelledby={`${id}-results`}>
        <h2 id={`${id}-results`} className="visually-hidden">
          {t(`matchmaking.contacts.box.${filters.box}`)}
        </h2>
        <PagedResults
          query={requests}
          loadingLabel={t('matchmaking.contacts.loading')}
          errorTitle={t('matchmaking.contacts.error')}
          emptyTitle={t(`matchmaking.contacts.empty.${filters.box}`)}
        >
          {(items) => (
            <ul className="contact-list">
              {items.map((request) => (
                <ContactRequestItem key={request.id} request={request} box={filters.box} onDone={announcer.announce} />
              ))}
            </ul>
          )}
        </PagedResults>
      </section>
    </div>
  );
}

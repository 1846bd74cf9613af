import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { PageHeading } from '../../../components/PageHeading';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useSearchParamFilters } from '../../../lib/use-search-param-filters';
import { useMe } from '../../../lib/session/use-me';
import { signInPath } from '../../../lib/site-paths';
import { boardFiltersFromSearchParams, boardFiltersToSearchParams, hasActiveBoardFilters } from '../board-filters';
import { FilterDisclosure } from '../../../components/FilterDisclosure';
import { BoardFilterForm } from '../components/BoardFilterForm';
import { BoardResults } from '../components/BoardResults';
import { BoardTabs } from '../components/BoardTabs';
import { CONTACTS_PATH, MY_ENTRIES_PATH } from '../../../lib/site-paths';
import { newEntryPath, type EntrySide } from '../paths';
import '../../../styles/cards.css';
import '../matchmaking.css';

/** `/boerse` (needs) and `/boerse/angebote` (offers): the board with its filters in the URL. */
export function BoardPage({ side }: { side: EntrySide }) {
  const { t } = useTranslation();
  const me = useMe();
  const location = useLocation();
  const { filters, update } = useSearchParamFilters(boardFiltersFromSearchParams, boardFiltersToSearchParams);
  const tab = t(side === 'need' ? 'matchmaking.board.needsTab' : 'matchmaking.board.offersTab');
  useDocumentTitle(`${tab} – ${t('matchmaking.board.title')}`);

  return (
    <div className="page matchmaking">
      <PageHeading>{t('matchmaking.board.title')}</PageHeading>
      <p className="lead">{t('matchmaking.board.intro')}</p>
      <div className="board-actions">
        {me.data ? (
          <>
            <Link to={newEntryPath('need')} className="button">
              {t('matchmaking.board.newNeed')}
            </Link>
            <Link to={newEntryPath('offer')} className="button button--secondary">
              {t('matchmaking.board.newOffer')}
            </Link>
            <Link to={MY_ENTRIES_PATH}>{t('matchmaking.board.myEntries')}</Link>
            <Link to={CONTACTS_PATH}>{t('matchmaking.board.contacts')}</Link>
          </>
        ) : (
          <p className="muted">
            {t('matchmaking.board.signInHint')} <Link to={signInPath(`${location.pathname}${location.search}`)}>{t('account.menu.signIn')}</Link>
          </p>
        )}
      </div>
      <BoardTabs side={side} filters={filters} />
      <div className="directory">
        <FilterDisclosure active={hasActiveBoardFilters(filters)}>
          <BoardFilterForm side={side} filters={filters} onChange={update} />
        </FilterDisclosure>
        <BoardResults side={side} filters={filters} />
      </div>
    </div>
  );
}

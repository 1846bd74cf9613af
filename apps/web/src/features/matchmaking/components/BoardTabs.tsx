import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { sharedBoardSearch, type BoardFilters } from '../board-filters';
import { boardPath, type EntrySide } from '../paths';

const SIDES: readonly EntrySide[] = ['need', 'offer'];

/** The switch between the two boards; filters both understand come along. */
export function BoardTabs({ side, filters }: { side: EntrySide; filters: BoardFilters }) {
  const { t } = useTranslation();
  const search = sharedBoardSearch(filters);
  return (
    <nav aria-label={t('matchmaking.board.switchLabel')} className="board-tabs">
      <ul className="board-tabs__list">
        {SIDES.map((candidate) => (
          <li key={candidate}>
            <Link to={`${boardPath(candidate)}${search}`} className="board-tabs__link" aria-current={candidate === side ? 'page' : undefined}>
              {t(candidate === 'need' ? 'matchmaking.board.needsTab' : 'matchmaking.board.offersTab')}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

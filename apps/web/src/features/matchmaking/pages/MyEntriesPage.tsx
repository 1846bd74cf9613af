import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '../../../components/PageHeading';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { MyEntryList } from '../components/MyEntryList';
import { needView, offerView } from '../entry-view';
import { useMyNeeds, useMyOffers } from '../hooks/use-my-entries';
import { BOARD_PATH, CONTACTS_PATH } from '../../../lib/site-paths';
import '../../../styles/cards.css';
import '../matchmaking.css';

/** `/boerse/meine`: the needs of my organisations and my offers, every status. */
export function MyEntriesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('matchmaking.mine.title'));
  const needs = useMyNeeds();
  const offers = useMyOffers();
  return (
    <div className="page matchmaking">
      <PageHeading>{t('matchmaking.mine.title')}</PageHeading>
      <p className="lead">{t('matchmaking.mine.intro')}</p>
      <p className="board-actions">
        <Link to={BOARD_PATH}>{t('matchmaking.mine.toBoard')}</Link>
        <Link to={CONTACTS_PATH}>{t('matchmaking.board.contacts')}</Link>
      </p>
      <MyEntryList side="need" query={needs} toView={needView} />
      <MyEntryList side="offer" query={offers} toView={offerView} />
    </div>
  );
}

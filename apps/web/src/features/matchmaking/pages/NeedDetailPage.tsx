import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { NeedQuery } from '../../../gql/graphql';
import { useFormatters } from '../../../lib/use-formatters';
import { DetailFrame } from '../components/DetailFrame';
import { EntryDetail, type Fact } from '../components/EntryDetail';
import { MatchList } from '../components/MatchList';
import { OwnerActions, publishAction, withdrawAction, type OwnerAction } from '../components/OwnerActions';
import { isEditable, needView, offerView } from '../entry-view';
import { useNeed } from '../hooks/use-entry';
import { useNeedMatches } from '../hooks/use-matches';
import { useCloseNeed, usePublishNeed, useRenewNeed } from '../hooks/use-need-mutations';
import { editEntryPath } from '../paths';
import '../../../styles/cards.css';
import '../matchmaking.css';
import { ErrorCodes } from '../../../lib/error-codes';

type Need = NeedQuery['need'];

/** What the owner of a need can do: publish a draft, renew, close as filled or withdraw, edit. */
function NeedOwnerActions({ need }: { need: Need }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const publish = usePublishNeed();
  const renew = useRenewNeed();
  const close = useCloseNeed();
  const actions: OwnerAction[] = [];
  if (need.status === 'DRAFT') {
    actions.push(publishAction(t, () => publish.mutateAsync(need.id), t('matchmaking.owner.publishedNeed')));
  }
  if (need.status === 'OPEN') {
    actions.push({
      key: 'renew',
      label: t('matchmaking.owner.renew'),
      pendingLabel: t('matchmaking.owner.renewing'),
      run: () => renew.mutateAsync(need.id),
      done: t('matchmaking.owner.renewed'),
    });
    actions.push({
      key: 'filled',
      label: t('matchmaking.owner.fill'),
      pendingLabel: t('matchmaking.owner.closing'),
      confirm: {
        question: t('matchmaking.owner.fillQuestion', { title: need.title }),
        details: t('matchmaking.owner.closeDetails'),
        confirmLabel: t('matchmaking.owner.fillConfirm'),
      },
      run: () => close.mutateAsync({ id: need.id, outcome: 'FILLED' }),
      done: t('matchmaking.owner.filledDone'),
      secondary: true,
    });
  }
  if (isEditable(need.status)) {
    actions.push(withdrawAction(t, need.title, () => close.mutateAsync({ id: need.id, outcome: 'CLOSED' })));
  }
  let statusText =
    need.status === 'DRAFT' && need.organisation.verified ? t('matchmaking.owner.draftVerified') : t(`matchmaking.owner.status.${need.status}`);
  if (need.status === 'OPEN' && need.expiresAt) statusText = t('matchmaking.owner.openUntil', { date: format.dateTimeAsDate(need.expiresAt) });
  return <OwnerActions statusText={statusText} actions={actions} editPath={isEditable(need.status) ? editEntryPath('need', need.id) : null} />;
}

function NeedMatches({ need }: { need: Need }) {
  const matches = useNeedMatches(need.id);
  return (
    <MatchList
      side="need"
      query={matches}
      ownOpen={need.status === 'OPEN'}
      toItem={(match) => ({
        entry: offerView(match.offer),
        explanation: match,
        needId: need.id,
        offerId: match.offer.id,
        needStartDate: need.startDate,
      })}
    />
  );
}

function NeedDetail({ need }: { need: Need }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const facts: Fact[] = [
    { label: t('matchmaking.detail.headcount'), value: format.number(need.headcount) },
    { label: t('matchmaking.detail.topicField'), value: need.topicField.title },
  ];
  if (need.publishedAt) facts.push({ label: t('matchmaking.detail.publishedAt'), value: format.dateTimeAsDate(need.publishedAt) });
  return (
    <EntryDetail
      entry={needView(need)}
      description={need.description}
      facts={facts}
      ownerView={
        <>
          <NeedOwnerActions need={need} />
          <NeedMatches need={need} />
        </>
      }
    />
  );
}

/** `/boerse/bedarfe/:id`: a need; for its company also status, actions and "Passende Angebote". */
export function NeedDetailPage() {
  const { id = '' } = useParams();
  const need = useNeed(id);
  return (
    <DetailFrame side="need" query={need} notFoundCode={ErrorCodes.NEED_NOT_FOUND}>
      {(data) => <NeedDetail need={data} />}
    </DetailFrame>
  );
}

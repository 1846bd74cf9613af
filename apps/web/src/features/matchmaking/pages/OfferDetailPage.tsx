import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { OfferQuery } from '../../../gql/graphql';
import { useFormatters } from '../../../lib/use-formatters';
import { DetailFrame } from '../components/DetailFrame';
import { EntryDetail, type Fact } from '../components/EntryDetail';
import { MatchList } from '../components/MatchList';
import { OwnerActions, publishAction, withdrawAction, type OwnerAction } from '../components/OwnerActions';
import { isEditable, needView, offerView } from '../entry-view';
import { useOffer } from '../hooks/use-entry';
import { useOfferMatches } from '../hooks/use-matches';
import { useCloseOffer, usePublishOffer } from '../hooks/use-offer-mutations';
import { editEntryPath } from '../paths';
import '../../../styles/cards.css';
import '../matchmaking.css';
import { ErrorCodes } from '../../../lib/error-codes';

type Offer = OfferQuery['offer'];

/** What the owner of an offer can do: publish a draft, withdraw, edit. */
function OfferOwnerActions({ offer }: { offer: Offer }) {
  const { t } = useTranslation();
  const publish = usePublishOffer();
  const close = useCloseOffer();
  const actions: OwnerAction[] = [];
  if (offer.status === 'DRAFT') {
    actions.push(publishAction(t, () => publish.mutateAsync(offer.id), t('matchmaking.owner.publishedOffer')));
  }
  if (isEditable(offer.status)) {
    actions.push(withdrawAction(t, offer.title, () => close.mutateAsync(offer.id)));
  }
  let statusText = t(`matchmaking.owner.status.${offer.status}`);
  if (offer.status === 'DRAFT' && offer.isIndividual) statusText = t('matchmaking.owner.talentDraft');
  else if (offer.status === 'DRAFT' && offer.organisation?.verified) statusText = t('matchmaking.owner.draftVerified');
  return <OwnerActions statusText={statusText} actions={actions} editPath={isEditable(offer.status) ? editEntryPath('offer', offer.id) : null} />;
}

function OfferMatches({ offer }: { offer: Offer }) {
  const matches = useOfferMatches(offer.id);
  return (
    <MatchList
      side="offer"
      query={matches}
      ownOpen={offer.status === 'OPEN'}
      toItem={(match) => ({
        entry: needView(match.need),
        explanation: match,
        needId: match.need.id,
        offerId: offer.id,
        needStartDate: match.need.startDate,
      })}
    />
  );
}

function OfferDetail({ offer }: { offer: Offer }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const facts: Fact[] = [{ label: t('matchmaking.detail.radius'), value: t('matchmaking.filters.km', { km: offer.radiusKm }) }];
  if (offer.publishedAt) facts.push({ label: t('matchmaking.detail.publishedAt'), value: format.dateTimeAsDate(offer.publishedAt) });
  return (
    <EntryDetail
      entry={offerView(offer)}
      description={offer.description}
      facts={facts}
      ownerView={
        <>
          <OfferOwnerActions offer={offer} />
          <OfferMatches offer={offer} />
        </>
      }
    />
  );
}

/** `/boerse/angebote/:id`: an offer; for its owner also status, actions and "Passende Bedarfe". */
export function OfferDetailPage() {
  const { id = '' } = useParams();
  const offer = useOffer(id);
  return (
    <DetailFrame side="offer" query={offer} notFoundCode={ErrorCodes.OFFER_NOT_FOUND}>
      {(data) => <OfferDetail offer={data} />}
    </DetailFrame>
  );
}

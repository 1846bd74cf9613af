import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { EditEntryFrame, FormPageFrame, FormStates } from '../components/FormPageFrame';
import { OfferForm } from '../components/OfferForm';
import { useEntryTexts } from '../entry-texts';
import { emptyOfferValues, offerFormValues } from '../entry-form-values';
import { offerView } from '../entry-view';
import { useOffer } from '../hooks/use-entry';
import { usePostingOrganisations } from '../hooks/use-posting-organisations';
import { boardPath } from '../paths';

/** `/boerse/angebote/neu`: a new offer of one of my organisations or of myself (talent), saved as a draft. */
export function NewOfferPage() {
  const { t } = useTranslation();
  const mine = usePostingOrganisations();
  const only = mine.organisations.length === 1 ? mine.organisations[0] : undefined;
  return (
    <FormPageFrame
      title={t('matchmaking.form.newOfferTitle')}
      intro={t('matchmaking.form.newOfferIntro')}
      back={{ to: boardPath('offer'), text: t('matchmaking.detail.offerBack') }}
    >
      <FormStates pending={mine.isPending} error={mine.error} onRetry={mine.refetch}>
        {() => <OfferForm organisations={mine.organisations} initial={emptyOfferValues(only?.id ?? '', only?.municipalityId ?? '')} />}
      </FormStates>
    </FormPageFrame>
  );
}

/** `/boerse/angebote/:id/bearbeiten`: changes a draft or open offer. */
export function EditOfferPage() {
  const texts = useEntryTexts();
  const { id = '' } = useParams();
  return (
    <EditEntryFrame side="offer" id={id} query={useOffer(id)}>
      {(offer) => {
        const view = offerView(offer);
        return <OfferForm initial={offerFormValues(offer)} edit={{ id, ownerText: `${texts.owner(view)} · ${texts.kind(view)}` }} />;
      }}
    </EditEntryFrame>
  );
}

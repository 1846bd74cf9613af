import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { EditEntryFrame, FormPageFrame, FormStates } from '../components/FormPageFrame';
import { NeedForm } from '../components/NeedForm';
import { emptyNeedValues, needFormValues } from '../entry-form-values';
import { useNeed } from '../hooks/use-entry';
import { usePostingOrganisations } from '../hooks/use-posting-organisations';
import { BOARD_PATH } from '../../../lib/site-paths';
import { newEntryPath } from '../paths';

/** `/boerse/bedarfe/neu`: a new need of one of my companies, saved as a draft. */
export function NewNeedPage() {
  const { t } = useTranslation();
  const mine = usePostingOrganisations();
  const companies = mine.organisations.filter((organisation) => organisation.kind === 'COMPANY');
  const first = companies[0];
  return (
    <FormPageFrame
      title={t('matchmaking.form.newNeedTitle')}
      intro={t('matchmaking.form.newNeedIntro')}
      back={{ to: BOARD_PATH, text: t('matchmaking.detail.needBack') }}
    >
      <FormStates
        pending={mine.isPending}
        error={mine.error}
        onRetry={mine.refetch}
        blocked={
          first
            ? null
            : {
                title: t('matchmaking.form.noCompanyTitle'),
                children: (
                  <p>
                    {t('matchmaking.form.noCompanyText')} <Link to={newEntryPath('offer')}>{t('matchmaking.form.toNewOffer')}</Link>
                  </p>
                ),
              }
        }
      >
        {() => <NeedForm organisations={companies} initial={emptyNeedValues(companies.length === 1 ? first!.id : '', first?.municipalityId ?? '')} />}
      </FormStates>
    </FormPageFrame>
  );
}

/** `/boerse/bedarfe/:id/bearbeiten`: changes a draft or open need. */
export function EditNeedPage() {
  const { id = '' } = useParams();
  return (
    <EditEntryFrame side="need" id={id} query={useNeed(id)}>
      {(need) => <NeedForm initial={needFormValues(need)} edit={{ id, organisationName: need.organisation.name }} />}
    </EditEntryFrame>
  );
}

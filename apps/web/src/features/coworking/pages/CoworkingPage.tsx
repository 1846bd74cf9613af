import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { SelectField } from '../../../components/form/fields';
import { PageHeading } from '../../../components/PageHeading';
import { EmptyState, ErrorState, LoadingState } from '../../../components/StatusViews';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { MunicipalityOptions } from '../components/MunicipalityOptions';
import { PlaceCard } from '../components/PlaceCard';
import { PlacesMap } from '../components/PlacesMap';
import { useCoworkingMunicipalities, usePlaces } from '../hooks/use-coworking';
import { NEAR_PARAM } from '../paths';
import '../../../styles/cards.css';
import '../coworking.css';

/** `/coworking`: the places, nearest first from a chosen home municipality, on a drawn map with a table, and as cards. */
export function CoworkingPage() {
  const { t } = useTranslation();
  const id = useId();
  const [searchParams, setSearchParams] = useSearchParams();
  const regions = useCoworkingMunicipalities();
  const known = regions.data?.some((region) => region.municipalities.some((m) => m.id === searchParams.get(NEAR_PARAM)));
  const near = known ? searchParams.get(NEAR_PARAM) : null;
  const places = usePlaces(near);
  useDocumentTitle(t('coworking.title'));

  const choose = (value: string) => setSearchParams(value ? { [NEAR_PARAM]: value } : {}, { replace: true });

  return (
    <div className="page coworking">
      <PageHeading>{t('coworking.title')}</PageHeading>
      <p className="lead">
        {t('coworking.intro')} {t('coworking.dayNote')}
      </p>
      <form className="account-form coworking-near" onSubmit={(event) => event.preventDefault()}>
        <SelectField
          id={`${id}-near`}
          label={t('coworking.near.label')}
          hint={t('coworking.near.hint')}
          optional
          value={near ?? ''}
          disabled={!regions.data}
          onChange={(event) => choose(event.target.value)}
        >
          <option value="">{regions.data ? t('coworking.near.any') : t('coworking.near.loading')}</option>
          <MunicipalityOptions regions={regions.data} />
        </SelectField>
      </form>
      {places.isPending ? (
        <div aria-busy="true">
          <LoadingState label={t('coworking.loading')} />
        </div>
      ) : places.isError ? (
        <ErrorState title={t('coworking.error')} error={places.error} onRetry={() => void places.refetch()} retrying={places.isFetching} />
      ) : places.data.length === 0 ? (
        <EmptyState title={t('coworking.empty')} />
      ) : (
        <>
          {regions.data ? <PlacesMap places={places.data} regions={regions.data} homeId={near} /> : null}
          <section aria-labelledby={`${id}-list`}>
            <h2 id={`${id}-list`}>{t('coworking.title')}</h2>
            <ul className="entry-list">
              {places.data.map((place) => (
                <li key={place.id}>
                  <PlaceCard place={place} />
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </div>
  );
}

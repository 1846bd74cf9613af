import { isValidDate } from '@wiw/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeading } from '../../../components/PageHeading';
import { QueryStates } from '../../../components/QueryStates';
import { ErrorCodes } from '../../../lib/error-codes';
import { hasErrorCode } from '../../../lib/error-message';
import { COWORKING_PATH } from '../../../lib/site-paths';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useBerlinToday } from '../../../lib/use-now';
import { BookDeskForm } from '../components/BookDeskForm';
import { EditPlaceForm } from '../components/EditPlaceForm';
import { PlaceFacts } from '../components/PlaceFacts';
import { usePlace } from '../hooks/use-coworking';
import '../coworking.css';

/** `/coworking/orte/:id`: a place's facts and the day-desk booking. */
export function PlacePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const today = useBerlinToday();
  const [chosen, setChosen] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const date = chosen ?? today;
  // The desks left are asked for a valid day only; while typing, the last answer stays.
  const [asked, setAsked] = useState(date);
  if (isValidDate(date) && date !== asked) setAsked(date);
  const place = usePlace(id, asked);
  useDocumentTitle(place.data?.name ?? t('coworking.title'));

  return (
    <div className="page coworking">
      <p>
        <Link to={COWORKING_PATH}>{t('coworking.place.back')}</Link>
      </p>
      <QueryStates
        query={place}
        notFound={hasErrorCode(place.error, ErrorCodes.COWORKING_PLACE_NOT_FOUND)}
        notFoundText={t('coworking.place.notFound')}
        notFoundAction={<Link to={COWORKING_PATH}>{t('coworking.place.back')}</Link>}
        loadingLabel={t('coworking.place.loading')}
        errorTitle={t('coworking.place.error')}
      >
        {(data) => (
          <>
            <PageHeading>{data.name}</PageHeading>
            {data.isFictional ? <p className="badge badge--fictional">{t('coworking.card.fictional')}</p> : null}
            {data.description ? <p className="lead">{data.description}</p> : null}
            <PlaceFacts place={data} />
            <p role="status">{saved ? t('coworking.edit.saved') : null}</p>
            {data.viewerCanEdit && !editing ? (
              <p>
                <button type="button" className="button button--secondary" onClick={() => (setEditing(true), setSaved(false))}>
                  {t('coworking.edit.open')}
                </button>
              </p>
            ) : null}
            {data.viewerCanEdit && editing ? (
              <EditPlaceForm
                place={data}
                onSaved={() => {
                  setEditing(false);
                  setSaved(true);
                }}
                onClose={() => setEditing(false)}
              />
            ) : null}
            <BookDeskForm
              placeId={data.id}
              placeName={data.name}
              desks={data.desks}
              desksLeft={data.desksLeft}
              date={date}
              today={today}
              onDateChange={setChosen}
            />
          </>
        )}
      </QueryStates>
    </div>
  );
}

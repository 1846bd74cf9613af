import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { PageHeading } from '../../../components/PageHeading';
import { EmptyState, ErrorState, LoadingState } from '../../../components/StatusViews';
import { isCoordinator } from '../../../lib/session/access';
import { useMe } from '../../../lib/session/use-me';
import { MEETINGS_PATH } from '../../../lib/site-paths';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { MeetingForm } from '../components/MeetingForm';
import { MeetingQueryStates } from '../components/MeetingQueryStates';
import { emptyMeeting, meetingValues } from '../editor-form';
import { useCreateMeeting, useMeetingForEdit, useUpdateMeeting } from '../hooks/use-meeting-editor';
import { useRegistrationOrganisations } from '../hooks/use-meetings';
import { meetingPath } from '../paths';
import '../meetings.css';
import '../meeting-editor.css';

/** `/veranstaltungen/neu` (signed in): organiser members choose one of their organisations, the joint office any. */
export function NewMeetingPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('meetingsOrganiser.create.title'));
  const navigate = useNavigate();
  const me = useMe();
  const organisations = useRegistrationOrganisations({ enabled: true });
  const create = useCreateMeeting();
  const coordinator = isCoordinator(me.data?.roles);
  const own = (organisations.data ?? []).map(({ id, name }) => ({ id, name }));

  let content;
  if (organisations.isPending || me.isPending) {
    content = (
      <div aria-busy="true">
        <LoadingState label={t('meetingsOrganiser.create.loading')} />
      </div>
    );
  } else if (organisations.isError) {
    content = (
      <ErrorState
        title={t('meetingsOrganiser.create.loadError')}
        error={organisations.error}
        onRetry={() => void organisations.refetch()}
        retrying={organisations.isFetching}
      />
    );
  } else if (!coordinator && own.length === 0) {
    content = (
      <EmptyState title={t('meetingsOrganiser.create.noAccessTitle')}>
        <p>{t('meetingsOrganiser.create.noAccess')}</p>
      </EmptyState>
    );
  } else {
    content = (
      <>
        <p className="lead">{t('meetingsOrganiser.create.intro')}</p>
        <MeetingForm
          initial={emptyMeeting(coordinator ? null : (own[0] ?? null))}
          organiserChoice={{ coordinator, own }}
          submitLabel={t('meetingsOrganiser.create.submit')}
          pendingLabel={t('meetingsOrganiser.create.sending')}
          failedLabel={t('meetingsOrganiser.create.failed')}
          pending={create.isPending}
          onSubmit={async (input, organiser) => {
            const created = await create.mutateAsync({ ...input, organiserId: organiser?.id ?? '' });
            void navigate(meetingPath(created.id));
          }}
        />
      </>
    );
  }
  return (
    <div className="page account-page meetings">
      <p>
        <Link to={MEETINGS_PATH}>{t('meetings.detail.back')}</Link>
      </p>
      <PageHeading>{t('meetingsOrganiser.create.title')}</PageHeading>
      {content}
    </div>
  );
}

/** `/veranstaltungen/:id/bearbeiten`: the organisers and the joint office edit a meeting that is not cancelled. */
export function EditMeetingPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('meetingsOrganiser.edit.title'));
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const meeting = useMeetingForEdit(id);
  const update = useUpdateMeeting();
  return (
    <div className="page account-page meetings">
      <p>
        <Link to={meetingPath(id)}>{t('meetingsOrganiser.edit.back')}</Link>
      </p>
      <PageHeading>{t('meetingsOrganiser.edit.title')}</PageHeading>
      <MeetingQueryStates query={meeting} loadingLabel={t('meetingsOrganiser.edit.loading')} errorTitle={t('meetingsOrganiser.edit.loadError')}>
        {(data) => {
          if (!data.viewerCanEdit) return <EmptyState title={t('meetingsOrganiser.edit.notEditable')} />;
          if (data.status === 'CANCELLED') return <EmptyState title={t('meetingsOrganiser.edit.cancelled')} />;
          return (
            <MeetingForm
              key={data.id}
              initial={meetingValues(data)}
              organiserChoice={null}
              submitLabel={t('meetingsOrganiser.edit.submit')}
              pendingLabel={t('meetingsOrganiser.edit.sending')}
              failedLabel={t('meetingsOrganiser.edit.failed')}
              pending={update.isPending}
              onSubmit={async (input) => {
                await update.mutateAsync({ id: data.id, input });
                void navigate(meetingPath(data.id));
              }}
            />
          );
        }}
      </MeetingQueryStates>
    </div>
  );
}

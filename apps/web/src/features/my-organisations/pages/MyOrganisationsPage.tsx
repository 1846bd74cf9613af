import { useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation } from 'react-router';
import { Badge } from '../../../components/Badge';
import { PageHeading } from '../../../components/PageHeading';
import { EmptyState, ErrorState, LoadingState } from '../../../components/StatusViews';
import { errorMessage, hasErrorCode } from '../../../lib/error-message';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useMe } from '../../../lib/session/use-me';
import { proposeProjectPath, signInPath } from '../../../lib/site-paths';
import { InvitationTable } from '../components/InvitationTable';
import { InviteForm } from '../components/InviteForm';
import { MemberTable, type Member, type MyOrganisation } from '../components/MemberTable';
import { OwnFigures } from '../components/OwnFigures';
import { useMyOrganisations } from '../hooks/use-my-organisations';
import { useRemoveMember } from '../hooks/use-remove-member';
import '../my-organisations.css';
import { ErrorCodes } from '../../../lib/error-codes';

export function MyOrganisationsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('myOrganisations.title'));
  const location = useLocation();
  const organisations = useMyOrganisations();

  if (hasErrorCode(organisations.error, ErrorCodes.UNAUTHENTICATED)) {
    return <Navigate to={signInPath(`${location.pathname}${location.search}`)} replace />;
  }

  let content;
  if (organisations.isPending) {
    content = (
      <div aria-busy="true">
        <LoadingState label={t('myOrganisations.loading')} />
      </div>
    );
  } else if (organisations.isError) {
    content = (
      <ErrorState
        title={t('myOrganisations.error')}
        error={organisations.error}
        onRetry={() => void organisations.refetch()}
        retrying={organisations.isFetching}
      />
    );
  } else if (organisations.data.length === 0) {
    content = <EmptyState title={t('myOrganisations.empty')} />;
  } else {
    content = organisations.data.map((organisation) => <OrganisationSection key={organisation.id} organisation={organisation} />);
  }

  return (
    <div className="page account-page my-organisations">
      <PageHeading>{t('myOrganisations.title')}</PageHeading>
      <p className="lead">{t('myOrganisations.intro')}</p>
      {content}
    </div>
  );
}

function OrganisationSection({ organisation }: { organisation: MyOrganisation }) {
  const { t } = useTranslation();
  const id = useId();
  const me = useMe();
  const remove = useRemoveMember();
  const [announcement, setAnnouncement] = useState<{ text: string; error: boolean } | null>(null);
  const announcementRef = useRef<HTMLParagraphElement>(null);
  const owner = organisation.myRole === 'OWNER';

  const onRemove = (member: Member) => {
    remove.mutate(
      { organisationId: organisation.id, userId: member.userId },
      {
        onSuccess: () => {
          flushSync(() => setAnnouncement({ text: t('myOrganisations.removed', { name: member.name }), error: false }));
          announcementRef.current?.focus();
        },
        onError: (error) => {
          flushSync(() => setAnnouncement({ text: `${t('myOrganisations.removeFailed')} ${errorMessage(error, t)}`, error: true }));
          announcementRef.current?.focus();
        },
      },
    );
  };

  return (
    <section className="account-section" aria-labelledby={`${id}-heading`}>
      <div className="my-organisations__head">
        <h2 id={`${id}-heading`}>{organisation.name}</h2>
        {organisation.verified ? (
          <Badge tone="success">{t('badges.verified')}</Badge>
        ) : (
          <Badge tone="warning">{t('myOrganisations.unverified')}</Badge>
        )}
      </div>
      <p>{t('myOrganisations.myRole', { role: t(`myOrganisations.roles.${organisation.myRole}`) })}</p>
      {organisation.verified ? null : <p className="muted">{t('myOrganisations.unverifiedHint')}</p>}
      {organisation.verified && owner ? (
        <p>
          <Link to={proposeProjectPath()}>{t('projects.propose.start')}</Link>
        </p>
      ) : null}
      <OwnFigures organisation={organisation} />
      <h3>{t('myOrganisations.membersHeading')}</h3>
      <p
        ref={announcementRef}
        className={announcement?.error ? 'form-alert form-alert--inline' : 'form-notice'}
        role={announcement?.error ? 'alert' : 'status'}
        tabIndex={-1}
        hidden={announcement === null}
      >
        {announcement?.text}
      </p>
      <div className="table-scroll">
        <MemberTable
          organisation={organisation}
          meId={me.data?.id}
          removingUserId={remove.isPending ? (remove.variables?.userId ?? null) : null}
          onRemove={onRemove}
        />
      </div>
      {owner ? (
        <>
          <h3>{t('myOrganisations.invitationsHeading')}</h3>
          <div className="table-scroll">
            <InvitationTable organisation={organisation} />
          </div>
          <InviteForm organisationId={organisation.id} />
        </>
      ) : null}
    </section>
  );
}

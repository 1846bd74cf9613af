import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { ProposeProjectMutation } from '../../../gql/graphql';
import { PageHeading } from '../../../components/PageHeading';
import { EmptyState, ErrorState, LoadingState } from '../../../components/StatusViews';
import { slugToEnum } from '../../../lib/enum-slug';
import { TOPIC_FIELD_KEYS } from '../../../lib/enums';
import { isCoordinator } from '../../../lib/session/access';
import { useMe } from '../../../lib/session/use-me';
import { PROPOSE_TOPIC_FIELD_PARAM, projectPath, topicFieldPath } from '../../../lib/site-paths';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useMyOrganisations } from '../../my-organisations';
import { useTopicFields } from '../../topic-fields';
import { ProposeProjectForm } from '../components/ProposeProjectForm';
import '../projects.css';

/**
 * `/projekt-vorschlagen` (signed in): the joint office's proposal is approved at once and opens
 * the new workspace; an owner's waits for the joint office, which the page then says.
 */
export function ProposeProjectPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('projects.propose.heading'));
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const me = useMe();
  const organisations = useMyOrganisations();
  const topicFields = useTopicFields();
  const [waiting, setWaiting] = useState<ProposeProjectMutation['proposeProject'] | null>(null);
  const coordinator = isCoordinator(me.data?.roles);
  const own = (organisations.data ?? []).filter((o) => o.verified && o.myRole === 'OWNER').map(({ id, name }) => ({ id, name }));
  const topicField = slugToEnum(params.get(PROPOSE_TOPIC_FIELD_PARAM), TOPIC_FIELD_KEYS) ?? TOPIC_FIELD_KEYS[0]!;

  const onProposed = (project: ProposeProjectMutation['proposeProject']) => {
    if (project.approval === 'APPROVED') void navigate(projectPath(project.slug));
    else setWaiting(project);
  };

  let content;
  if (organisations.isPending || topicFields.isPending) {
    content = (
      <div aria-busy="true">
        <LoadingState label={t('projects.propose.loading')} />
      </div>
    );
  } else if (organisations.isError || topicFields.isError) {
    const failed = organisations.isError ? organisations : topicFields;
    content = (
      <ErrorState title={t('projects.propose.loadError')} error={failed.error} onRetry={() => void failed.refetch()} retrying={failed.isFetching} />
    );
  } else if (waiting) {
    content = (
      <div role="status" className="card">
        <p>
          <strong>{t('projects.propose.waiting', { title: waiting.title })}</strong>
        </p>
        <p>{t('projects.propose.waitingText')}</p>
        <p>
          <Link to={projectPath(waiting.slug)}>{t('projects.toWorkspace', { title: waiting.title })}</Link>
        </p>
      </div>
    );
  } else if (!coordinator && own.length === 0) {
    content = (
      <EmptyState title={t('projects.propose.noAccessTitle')}>
        <p>{t('projects.propose.noAccess')}</p>
      </EmptyState>
    );
  } else {
    content = (
      <>
        <p className="lead">{coordinator ? t('projects.propose.introCoordinator') : t('projects.propose.introOwner')}</p>
        <p>
          <Link to={topicFieldPath(topicField)}>{t('projects.propose.back')}</Link>
        </p>
        <ProposeProjectForm
          coordinator={coordinator}
          ownOrganisations={own}
          topicFields={topicFields.data}
          topicField={topicField}
          onProposed={onProposed}
        />
      </>
    );
  }

  return (
    <div className="page account-page">
      <PageHeading>{t('projects.propose.heading')}</PageHeading>
      {content}
    </div>
  );
}

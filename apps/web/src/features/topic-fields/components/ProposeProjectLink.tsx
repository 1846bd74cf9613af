import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TopicFieldKey } from '../../../gql/graphql';
import { isCoordinator } from '../../../lib/session/access';
import { useMe } from '../../../lib/session/use-me';
import { proposeProjectPath } from '../../../lib/site-paths';
import { useMyOrganisations } from '../../my-organisations';

/** "Projekt vorschlagen" for those allowed to propose: the joint office, and owners of verified organisations. */
export function ProposeProjectLink({ topicField }: { topicField: TopicFieldKey }) {
  const me = useMe();
  if (!me.data) return null;
  if (isCoordinator(me.data.roles)) return <ProposeLink topicField={topicField} />;
  return <OwnerProposeLink topicField={topicField} />;
}

function OwnerProposeLink({ topicField }: { topicField: TopicFieldKey }) {
  const organisations = useMyOrganisations();
  const owner = (organisations.data ?? []).some((o) => o.verified && o.myRole === 'OWNER');
  return owner ? <ProposeLink topicField={topicField} /> : null;
}

function ProposeLink({ topicField }: { topicField: TopicFieldKey }) {
  const { t } = useTranslation();
  return (
    <p>
      <Link to={proposeProjectPath(topicField)} className="button button--secondary">
        {t('projects.propose.start')}
      </Link>
    </p>
  );
}

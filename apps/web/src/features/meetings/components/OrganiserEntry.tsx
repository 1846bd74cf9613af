import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isCoordinator } from '../../../lib/session/access';
import { useMe } from '../../../lib/session/use-me';
import { useRegistrationOrganisations } from '../hooks/use-meetings';
import { newMeetingPath } from '../paths';

/** "Veranstaltung anlegen", for those who may: members of an organisation and the joint office (the API decides again). */
export function NewMeetingLink() {
  const { t } = useTranslation();
  const me = useMe();
  const signedIn = Boolean(me.data);
  const organisations = useRegistrationOrganisations({ enabled: signedIn && !isCoordinator(me.data?.roles) });
  const may = signedIn && (isCoordinator(me.data?.roles) || (organisations.data?.length ?? 0) > 0);
  if (!may) return null;
  return (
    <p>
      <Link to={newMeetingPath()} className="button">
        {t('meetingsOrganiser.newLink')}
      </Link>
    </p>
  );
}

import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/use-formatters';
import type { MyOrganisation } from './MemberTable';

/** Open invitations of an organisation (owners only). */
export function InvitationTable({ organisation }: { organisation: MyOrganisation }) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (organisation.invitations.length === 0) return <p className="muted">{t('myOrganisations.noInvitations')}</p>;
  return (
    <table className="data-table">
      <caption>{t('myOrganisations.invitationsCaption', { name: organisation.name })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('myOrganisations.columns.email')}</th>
          <th scope="col">{t('myOrganisations.columns.role')}</th>
          <th scope="col">{t('myOrganisations.columns.expiresAt')}</th>
        </tr>
      </thead>
      <tbody>
        {organisation.invitations.map((invitation) => (
          <tr key={invitation.id}>
            <th scope="row">{invitation.email}</th>
            <td>{t(`myOrganisations.roles.${invitation.role}`)}</td>
            <td>
              <time dateTime={invitation.expiresAt}>{format.dateTime(invitation.expiresAt)}</time>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

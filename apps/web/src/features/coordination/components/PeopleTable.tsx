import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PeopleQuery, PlatformRole } from '../../../gql/graphql';
import { RoleControls } from './RoleControls';

export type Person = PeopleQuery['people']['edges'][number]['node'];

interface Props {
  people: readonly Person[];
  assignable: readonly PlatformRole[];
  onChanged: (text: string, options: { focus: boolean }) => void;
}

/** People with their organisations, granted roles and offices; the last column changes roles. */
export function PeopleTable({ people, assignable, onChanged }: Props) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>{t('coordination.people.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('coordination.people.columns.name')}</th>
            <th scope="col">{t('coordination.people.columns.email')}</th>
            <th scope="col">{t('coordination.people.columns.organisations')}</th>
            <th scope="col">{t('coordination.people.columns.roles')}</th>
            <th scope="col">{t('coordination.people.columns.offices')}</th>
            <th scope="col">{t('coordination.people.columns.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {people.map((person) => (
            <PersonRow key={person.id} person={person} assignable={assignable} onChanged={onChanged} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function PersonRow({ person, assignable, onChanged }: { person: Person } & Omit<Props, 'people'>) {
  const { t } = useTranslation();
  const nameId = useId();
  const none = <span className="muted">{t('coordination.none')}</span>;
  return (
    <tr>
      <th scope="row" id={nameId}>
        {person.name}
      </th>
      <td className="coordination-email">
        {person.email}
        {person.emailVerified ? null : <span className="muted"> {t('coordination.people.emailUnverified')}</span>}
      </td>
      <td>
        {person.memberships.length === 0 ? (
          none
        ) : (
          <ul className="coordination-list">
            {person.memberships.map((membership) => (
              <li key={membership.organisationId}>
                {t('coordination.people.membership', {
                  organisation: membership.organisationName,
                  role: t(`myOrganisations.roles.${membership.role}`),
                })}
              </li>
            ))}
          </ul>
        )}
      </td>
      <td>
        {person.grantedRoles.length === 0 ? (
          none
        ) : (
          <ul className="coordination-list">
            {person.grantedRoles.map((role) => (
              <li key={role}>{t(`coordination.platformRoles.${role}`)}</li>
            ))}
          </ul>
        )}
      </td>
      <td>
        {person.offices.length === 0 ? (
          none
        ) : (
          <ul className="coordination-list">
            {person.offices.map((office) => (
              <li key={office}>{office}</li>
            ))}
          </ul>
        )}
      </td>
      <td>
        <RoleControls person={person} nameId={nameId} assignable={assignable} onChanged={onChanged} />
      </td>
    </tr>
  );
}

import { useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { MyOrganisationsQuery } from '../../../gql/graphql';
import { useFormatters } from '../../../lib/use-formatters';

export type MyOrganisation = MyOrganisationsQuery['myOrganisations'][number];
export type Member = MyOrganisation['members'][number];

interface Props {
  organisation: MyOrganisation;
  /** The signed-in person (cannot remove themselves here). */
  meId: string | undefined;
  removingUserId: string | null;
  onRemove: (member: Member) => void;
}

/** Members of one organisation; owners can remove others after confirming. */
export function MemberTable({ organisation, meId, removingUserId, onRemove }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const canRemove = organisation.myRole === 'OWNER';
  return (
    <table className="data-table">
      <caption id={`${id}-caption`}>{t('myOrganisations.membersCaption', { name: organisation.name })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('myOrganisations.columns.name')}</th>
          <th scope="col">{t('myOrganisations.columns.email')}</th>
          <th scope="col">{t('myOrganisations.columns.role')}</th>
          <th scope="col">{t('myOrganisations.columns.since')}</th>
          {canRemove ? <th scope="col">{t('myOrganisations.columns.actions')}</th> : null}
        </tr>
      </thead>
      <tbody>
        {organisation.members.map((member) => (
          <MemberRow
            key={member.userId}
            member={member}
            isMe={member.userId === meId}
            canRemove={canRemove}
            removing={removingUserId === member.userId}
            onRemove={onRemove}
          />
        ))}
      </tbody>
    </table>
  );
}

function MemberRow({
  member,
  isMe,
  canRemove,
  removing,
  onRemove,
}: {
  member: Member;
  isMe: boolean;
  canRemove: boolean;
  removing: boolean;
  onRemove: (member: Member) => void;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  const removeRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);

  const ask = () => {
    flushSync(() => setConfirming(true));
    confirmRef.current?.focus();
  };
  const cancel = () => {
    flushSync(() => setConfirming(false));
    removeRef.current?.focus();
  };

  return (
    <tr>
      <th scope="row" id={`${id}-name`}>
        {member.name}
        {isMe ? <span className="muted"> {t('myOrganisations.you')}</span> : null}
      </th>
      <td>{member.email}</td>
      <td>{t(`myOrganisations.roles.${member.role}`)}</td>
      <td>
        <time dateTime={member.since}>{format.dateTimeAsDate(member.since)}</time>
      </td>
      {canRemove ? (
        <td>
          {isMe ? null : confirming ? (
            <div className="member-confirm" role="group" aria-labelledby={`${id}-question`}>
              <p id={`${id}-question`}>{t('myOrganisations.removeQuestion', { name: member.name })}</p>
              <button ref={confirmRef} type="button" className="button button--danger" disabled={removing} onClick={() => onRemove(member)}>
                {removing ? t('myOrganisations.removing') : t('myOrganisations.removeConfirm')}
              </button>
              <button type="button" className="button button--secondary" disabled={removing} onClick={cancel}>
                {t('myOrganisations.cancel')}
              </button>
            </div>
          ) : (
            <button ref={removeRef} type="button" className="button button--secondary" aria-describedby={`${id}-name`} onClick={ask}>
              {t('myOrganisations.remove')}
            </button>
          )}
        </td>
      ) : null}
    </tr>
  );
}

import { useId, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { PlatformRole } from '../../../gql/graphql';
import { errorMessage } from '../../../lib/error-message';
import { useChangeRole } from '../hooks/use-change-role';
import { parsePlatformRole } from '../roles';
import { ConfirmStep } from '../../../components/ConfirmStep';

interface Props {
  person: { id: string; name: string; grantedRoles: readonly PlatformRole[] };
  /** Id of the element naming the person (describes the buttons). */
  nameId: string;
  /** Roles the viewer may grant and withdraw. */
  assignable: readonly PlatformRole[];
  /** Says politely what changed (the list is fetched again by the mutation). */
  onChanged: (text: string, options: { focus: boolean }) => void;
}

/** Grant a role (select + button) and withdraw granted ones (after confirming); failures show here. */
export function RoleControls({ person, nameId, assignable, onChanged }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const change = useChangeRole();
  const [selected, setSelected] = useState<PlatformRole | null>(null);
  const [confirming, setConfirming] = useState<PlatformRole | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const failureRef = useRef<HTMLParagraphElement>(null);
  const withdrawRefs = useRef(new Map<PlatformRole, HTMLButtonElement>());
  const grantable = assignable.filter((role) => !person.grantedRoles.includes(role));
  const withdrawable = person.grantedRoles.filter((role) => assignable.includes(role));
  const label = (role: PlatformRole) => t(`coordination.platformRoles.${role}`);
  const failureId = `${id}-failure`;
  const describedBy = failure ? `${nameId} ${failureId}` : nameId;

  const showFailure = (text: string) => {
    flushSync(() => setFailure(text));
    failureRef.current?.focus();
  };

  const onGrant = (event: FormEvent) => {
    event.preventDefault();
    if (change.isPending) return;
    if (!selected) {
      showFailure(t('coordination.people.roleRequired'));
      return;
    }
    setFailure(null);
    change.mutate(
      { userId: person.id, role: selected, grant: true },
      {
        onSuccess: (changed) => {
          setSelected(null);
          const text = changed ? 'coordination.people.granted' : 'coordination.people.alreadyGranted';
          onChanged(t(text, { name: person.name, role: label(selected) }), { focus: false });
        },
        onError: (error) => showFailure(`${t('coordination.people.grantFailed')} ${errorMessage(error, t)}`),
      },
    );
  };

  const onWithdraw = (role: PlatformRole) => {
    setFailure(null);
    change.mutate(
      { userId: person.id, role, grant: false },
      {
        onSuccess: (changed) => {
          setConfirming(null);
          const text = changed ? 'coordination.people.withdrawn' : 'coordination.people.notHeld';
          onChanged(t(text, { name: person.name, role: label(role) }), { focus: true });
        },
        onError: (error) => {
          flushSync(() => setConfirming(null));
          showFailure(`${t('coordination.people.withdrawFailed')} ${errorMessage(error, t)}`);
        },
      },
    );
  };

  const cancelWithdraw = (role: PlatformRole) => {
    flushSync(() => setConfirming(null));
    withdrawRefs.current.get(role)?.focus();
  };

  if (confirming) {
    return (
      <ConfirmStep
        question={t('coordination.people.withdrawQuestion', { name: person.name, role: label(confirming) })}
        confirmLabel={t('coordination.people.withdrawConfirm')}
        pendingLabel={t('coordination.people.withdrawing')}
        pending={change.isPending}
        onConfirm={() => onWithdraw(confirming)}
        onCancel={() => cancelWithdraw(confirming)}
      />
    );
  }

  return (
    <div className="role-controls">
      <p ref={failureRef} id={failureId} className={failure ? 'field__error' : 'visually-hidden'} role="alert" tabIndex={-1}>
        {failure}
      </p>
      {grantable.length > 0 ? (
        <form className="role-controls__grant" noValidate onSubmit={onGrant}>
          <label htmlFor={`${id}-role`}>
            {t('coordination.people.grantLabel')}{' '}
            <span className="visually-hidden">{t('coordination.people.grantLabelFor', { name: person.name })}</span>
          </label>
          <select
            id={`${id}-role`}
            value={selected ?? ''}
            aria-invalid={failure ? true : undefined}
            aria-describedby={failure ? failureId : undefined}
            onChange={(event) => setSelected(parsePlatformRole(event.target.value))}
          >
            <option value="">{t('coordination.people.grantChoose')}</option>
            {grantable.map((role) => (
              <option key={role} value={role}>
                {label(role)}
              </option>
            ))}
          </select>
          <button type="submit" className="button" aria-describedby={nameId} disabled={change.isPending}>
            {change.isPending ? t('coordination.people.granting') : t('coordination.people.grant')}
          </button>
        </form>
      ) : null}
      {withdrawable.map((role) => (
        <button
          key={role}
          ref={(element) => {
            if (element) withdrawRefs.current.set(role, element);
            else withdrawRefs.current.delete(role);
          }}
          type="button"
          className="button button--secondary"
          aria-describedby={describedBy}
          onClick={() => setConfirming(role)}
        >
          {t('coordination.people.withdraw', { role: label(role) })}
        </button>
      ))}
    </div>
  );
}

import { MAX_PAGE_SIZE } from '@wiw/domain';
import { useId, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { OfficeFieldsFragment } from '../../../gql/graphql';
import { errorMessage } from '../../../lib/error-message';
import { SelectField } from '../../../components/form/fields';
import { useHandOverOffice } from '../hooks/use-office-mutations';
import { useAnnouncer } from '../../../lib/use-announcer';
import { usePeople } from '../hooks/use-people';
import { ConfirmStep } from '../../../components/ConfirmStep';
import { LiveAnnouncement } from '../../../components/LiveAnnouncement';

/** "Amt übergeben": choose a member of the office's organisation, confirm, hand over; failures show here. */
export function HandOverControls({ office }: { office: OfficeFieldsFragment }) {
  const { t } = useTranslation();
  const id = useId();
  const [step, setStep] = useState<'closed' | 'choosing' | 'confirming'>('closed');
  const [successorId, setSuccessorId] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const selectRef = useRef<HTMLSelectElement>(null);
  const handOver = useHandOverOffice();
  const announcer = useAnnouncer();
  // One page of the most the API gives: an organisation rarely has more members.
  const members = usePeople({ organisationId: office.organisationId }, { pageSize: MAX_PAGE_SIZE, enabled: step !== 'closed' });
  const candidates = (members.data?.items ?? []).filter((person) => person.id !== office.holder?.userId);
  const successor = candidates.find((person) => person.id === successorId);
  const roleLabel = t(`coordination.platformRoles.${office.role}`);

  const goTo = (next: typeof step, focus?: () => void) => {
    flushSync(() => setStep(next));
    focus?.();
  };

  const onNext = (event: FormEvent) => {
    event.preventDefault();
    if (!successor) {
      flushSync(() => setFailure(t('coordination.offices.successorRequired')));
      selectRef.current?.focus();
      return;
    }
    setFailure(null);
    setStep('confirming');
  };

  const onConfirm = () => {
    if (!successor) return;
    handOver.mutate(
      { officeId: office.id, successorUserId: successor.id },
      {
        onSuccess: () => {
          flushSync(() => {
            setStep('closed');
            setSuccessorId('');
            setFailure(null);
          });
          announcer.announce(t('coordination.offices.handedOver', { title: office.title, name: successor.name }), { focus: true });
        },
        onError: (error) => {
          flushSync(() => setFailure(`${t('coordination.offices.handOverFailed')} ${errorMessage(error, t)}`));
          goTo('choosing', () => selectRef.current?.focus());
        },
      },
    );
  };

  let body;
  if (step === 'closed') {
    body = (
      <button ref={openRef} type="button" className="button button--secondary" onClick={() => goTo('choosing', () => selectRef.current?.focus())}>
        {t('coordination.offices.handOver')}
      </button>
    );
  } else if (step === 'confirming' && successor) {
    body = (
      <ConfirmStep
        question={t('coordination.offices.handOverQuestion', { title: office.title, successor: successor.name, role: roleLabel })}
        details={office.holder ? t('coordination.offices.handOverSignOut', { holder: office.holder.holderName, role: roleLabel }) : undefined}
        confirmLabel={t('coordination.offices.handOverConfirm')}
        pendingLabel={t('coordination.offices.handingOver')}
        pending={handOver.isPending}
        onConfirm={onConfirm}
        onCancel={() => goTo('choosing', () => selectRef.current?.focus())}
      />
    );
  } else {
    body = (
      <form className="account-form" noValidate onSubmit={onNext} aria-label={`${t('coordination.offices.handOver')}: ${office.title}`}>
        <SelectField
          id={`${id}-successor`}
          selectRef={selectRef}
          label={t('coordination.offices.successorLabel')}
          hint={successorHint(t, office, members, candidates.length)}
          issues={failure ? [{ message: failure }] : []}
          value={successorId}
          onChange={(event) => setSuccessorId(event.target.value)}
        >
          <option value="">{t('coordination.offices.successorChoose')}</option>
          {candidates.map((person) => (
            <option key={person.id} value={person.id}>
              {person.name} ({person.email})
            </option>
          ))}
        </SelectField>
        <div className="account-form__actions">
          <button type="submit" className="button">
            {t('coordination.offices.next')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => goTo('closed', () => openRef.current?.focus())}>
            {t('shared.cancel')}
          </button>
        </div>
      </form>
    );
  }

  return (
    <div className="hand-over">
      <LiveAnnouncement announcer={announcer} />
      {body}
    </div>
  );
}

/** What the successor select offers, or why it offers nothing. */
function successorHint(t: TFunction, office: OfficeFieldsFragment, members: ReturnType<typeof usePeople>, candidateCount: number): string {
  if (members.isPending) return t('coordination.offices.successorsLoading');
  if (!members.data) return `${t('coordination.offices.successorsError')} ${errorMessage(members.error, t)}`;
  if (candidateCount === 0) return t('coordination.offices.noSuccessors');
  const hint = t('coordination.offices.successorHint', { organisation: office.organisationName });
  const { items, totalCount } = members.data;
  return totalCount > items.length ? `${hint} ${t('coordination.offices.moreMembers', { shown: items.length, total: totalCount })}` : hint;
}

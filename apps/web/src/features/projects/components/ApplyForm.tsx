import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationRole } from '../../../gql/graphql';
import { SelectField, SubmitActions, TextAreaField } from '../../../components/form/fields';
import { errorMessage } from '../../../lib/error-message';
import type { Announcer } from '../../../lib/use-announcer';
import { useMyOrganisations } from '../../my-organisations';
import { ApplyToProjectDocument } from '../graphql/documents';
import { useProjectMutation } from '../hooks/use-project';

const ROLES: readonly ApplicationRole[] = ['PARTNER', 'PILOT_USER', 'EXPERT', 'FUNDER'];

/** A member of a verified organisation applies for it to take part, with a role and a note for the lead. */
export function ApplyForm({ projectId, excluded, announcer }: { projectId: string; excluded: readonly string[]; announcer: Announcer }) {
  const { t } = useTranslation();
  const id = useId();
  const organisations = useMyOrganisations();
  const apply = useProjectMutation(ApplyToProjectDocument);
  const candidates = (organisations.data ?? []).filter((o) => o.verified && !excluded.includes(o.id));
  const [organisationId, setOrganisationId] = useState('');
  const [role, setRole] = useState<ApplicationRole>('PARTNER');
  const [note, setNote] = useState('');
  const chosen = organisationId || candidates[0]?.id || '';

  if (organisations.isPending) return null;
  if (candidates.length === 0) return <p className="muted">{t('projects.apply.noOrganisation')}</p>;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (apply.isPending) return;
    apply.mutate(
      { input: { projectId, organisationId: chosen, role, note: note.trim() } },
      {
        onSuccess: () => {
          setNote('');
          announcer.announce(t('projects.apply.sent'), { focus: true });
        },
        onError: (error) => announcer.announce(errorMessage(error, t), { error: true, focus: true }),
      },
    );
  };

  return (
    <form className="account-form" noValidate onSubmit={onSubmit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="section__heading">
        {t('projects.apply.heading')}
      </h2>
      <SelectField
        id={`${id}-organisation`}
        label={t('projects.apply.organisation')}
        value={chosen}
        onChange={(e) => setOrganisationId(e.target.value)}
      >
        {candidates.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </SelectField>
      <SelectField id={`${id}-role`} label={t('projects.apply.role')} value={role} onChange={(e) => setRole(e.target.value as ApplicationRole)}>
        {ROLES.map((value) => (
          <option key={value} value={value}>
            {t(`enums.participantRole.${value}`)}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        id={`${id}-note`}
        label={t('projects.apply.note')}
        hint={t('projects.apply.noteHint')}
        value={note}
        rows={4}
        maxLength={1000}
        onChange={(e) => setNote(e.target.value)}
      />
      <SubmitActions pending={apply.isPending} label={t('projects.apply.submit')} pendingLabel={t('projects.apply.sending')} />
    </form>
  );
}

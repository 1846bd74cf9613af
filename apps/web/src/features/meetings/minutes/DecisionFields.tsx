import { useTranslation } from 'react-i18next';
import { SelectField, TextAreaField, TextField } from '../../../components/form/fields';
import type { FieldIssue } from '../../../lib/form/validation';
import { decisionField, type DecisionDraft } from './minutes-form';
import type { MinutesProject } from './use-minutes';

interface Props {
  decision: DecisionDraft;
  number: number | null;
  projects: readonly MinutesProject[];
  issuesOf: (field: string) => FieldIssue[];
  onChange: (patch: Partial<DecisionDraft>) => void;
  onRemove: () => void;
}

/** One decision: its texts, and for a new one optionally the milestone it creates or moves. */
export function DecisionFields({ decision, number, projects, issuesOf, onChange, onRemove }: Props) {
  const { t } = useTranslation();
  const field = (name: Parameters<typeof decisionField>[1]) => decisionField(decision.key, name);
  const project = projects.find((p) => p.id === decision.projectId);
  const label = number === null ? t('meetingMinutes.editor.newDecision') : String(number);
  return (
    <fieldset className="minutes-decision">
      <legend>{t('meetingMinutes.editor.decisionHeading', { label })}</legend>
      <TextAreaField
        id={field('textDe')}
        label={t('meetingMinutes.editor.textDe')}
        rows={3}
        value={decision.textDe}
        issues={issuesOf(field('textDe'))}
        onChange={(event) => onChange({ textDe: event.target.value })}
      />
      <TextAreaField
        id={field('textEn')}
        label={t('meetingMinutes.editor.textEn')}
        optional
        rows={2}
        lang="en"
        hint={t('meetingMinutes.editor.textEnHint')}
        value={decision.textEn}
        issues={issuesOf(field('textEn'))}
        onChange={(event) => onChange({ textEn: event.target.value })}
      />
      {decision.id ? null : (
        <>
          <div className="field field--checkbox">
            <label>
              <input type="checkbox" checked={decision.withMilestone} onChange={(event) => onChange({ withMilestone: event.target.checked })} />{' '}
              {t('meetingMinutes.editor.withMilestone')}
            </label>
          </div>
          {decision.withMilestone ? (
            projects.length === 0 ? (
              <p className="muted">{t('meetingMinutes.editor.noProjects')}</p>
            ) : (
              <>
                <SelectField
                  id={field('projectId')}
                  label={t('meetingMinutes.editor.project')}
                  value={decision.projectId}
                  issues={issuesOf(field('projectId'))}
                  onChange={(event) => onChange({ projectId: event.target.value, milestoneId: '', responsibleOrganisationId: '' })}
                >
                  <option value="">{t('meetingMinutes.editor.chooseProject')}</option>
                  {projects.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.title}
                    </option>
                  ))}
                </SelectField>
                {project ? (
                  <>
                    <SelectField
                      id={`${field('projectId')}-milestone`}
                      label={t('meetingMinutes.editor.milestone')}
                      value={decision.milestoneId}
                      onChange={(event) => onChange({ milestoneId: event.target.value })}
                    >
                      <option value="">{t('meetingMinutes.editor.newMilestone')}</option>
                      {project.milestones
                        .filter((m) => !m.done)
                        .map((m) => (
                          <option key={m.id} value={m.id}>
                            {m.title}
                          </option>
                        ))}
                    </SelectField>
                    {decision.milestoneId ? null : (
                      <TextField
                        id={field('title')}
                        label={t('meetingMinutes.editor.milestoneTitle')}
                        value={decision.title}
                        issues={issuesOf(field('title'))}
                        onChange={(event) => onChange({ title: event.target.value })}
                      />
                    )}
                    <SelectField
                      id={`${field('projectId')}-responsible`}
                      label={t('meetingMinutes.editor.responsible')}
                      value={decision.responsibleOrganisationId}
                      required={false}
                      onChange={(event) => onChange({ responsibleOrganisationId: event.target.value })}
                    >
                      <option value="">{t('meetingMinutes.editor.responsibleLead')}</option>
                      {project.participants.map(({ organisation }) => (
                        <option key={organisation.id} value={organisation.id}>
                          {organisation.name}
                        </option>
                      ))}
                    </SelectField>
                  </>
                ) : null}
                <TextField
                  id={field('dueOn')}
                  type="date"
                  label={t('meetingMinutes.editor.dueOn')}
                  value={decision.dueOn}
                  issues={issuesOf(field('dueOn'))}
                  onChange={(event) => onChange({ dueOn: event.target.value })}
                />
              </>
            )
          ) : null}
          <button type="button" className="button button--secondary" onClick={onRemove}>
            {t('meetingMinutes.editor.removeDecision')}
          </button>
        </>
      )}
    </fieldset>
  );
}

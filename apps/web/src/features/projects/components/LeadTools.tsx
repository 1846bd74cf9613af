import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectStatus, ProjectWorkspaceQuery } from '../../../gql/graphql';
import { SelectField, SubmitActions, TextAreaField, TextField } from '../../../components/form/fields';
import { errorMessage } from '../../../lib/error-message';
import type { Announcer } from '../../../lib/use-announcer';
import {
  AddMilestoneDocument,
  CompleteMilestoneDocument,
  MoveMilestoneDocument,
  PostProjectUpdateDocument,
  UpdateProjectStatusDocument,
} from '../graphql/documents';
import { useProjectMutation } from '../hooks/use-project';

type Project = ProjectWorkspaceQuery['project'];
const STATUSES: readonly ProjectStatus[] = ['PLANNED', 'ACTIVE', 'PAUSED', 'COMPLETED'];

/** What members of the lead organisation maintain: status, the update log and milestones (add, move with a reason, complete). */
export function LeadTools({ project, announcer }: { project: Project; announcer: Announcer }) {
  const { t } = useTranslation();
  const id = useId();
  const status = useProjectMutation(UpdateProjectStatusDocument);
  const post = useProjectMutation(PostProjectUpdateDocument);
  const add = useProjectMutation(AddMilestoneDocument);
  const complete = useProjectMutation(CompleteMilestoneDocument);
  const move = useProjectMutation(MoveMilestoneDocument);
  const [text, setText] = useState('');
  const [title, setTitle] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [moving, setMoving] = useState({ milestoneId: '', dueOn: '', reason: '' });
  const open = project.milestones.filter((m) => !m.done);

  const handlers = (done: string, reset?: () => void) => ({
    onSuccess: () => {
      reset?.();
      announcer.announce(done, { focus: true });
    },
    onError: (error: unknown) => announcer.announce(errorMessage(error, t), { error: true, focus: true }),
  });
  const submit = (run: () => void) => (event: FormEvent) => {
    event.preventDefault();
    run();
  };

  return (
    <section aria-labelledby={`${id}-heading`} className="section project-workspace__grid">
      <h2 id={`${id}-heading`} className="section__heading">
        {t('projects.lead.heading')}
      </h2>
      <SelectField
        id={`${id}-status`}
        label={t('projects.lead.status')}
        value={project.status}
        disabled={status.isPending}
        onChange={(e) => status.mutate({ id: project.id, status: e.target.value as ProjectStatus }, handlers(t('projects.lead.statusSaved')))}
      >
        {STATUSES.map((value) => (
          <option key={value} value={value}>
            {t(`enums.projectStatus.${value}`)}
          </option>
        ))}
      </SelectField>

      <form
        className="account-form"
        noValidate
        onSubmit={submit(() =>
          post.mutate(
            { projectId: project.id, text: text.trim() },
            handlers(t('projects.lead.updatePosted'), () => setText('')),
          ),
        )}
      >
        <TextAreaField
          id={`${id}-update`}
          label={t('projects.lead.update')}
          value={text}
          rows={3}
          maxLength={2000}
          onChange={(e) => setText(e.target.value)}
        />
        <SubmitActions pending={post.isPending} label={t('projects.lead.postUpdate')} pendingLabel={t('projects.lead.saving')} />
      </form>

      <form
        className="account-form"
        noValidate
        onSubmit={submit(() =>
          add.mutate(
            { projectId: project.id, title: title.trim(), dueOn },
            handlers(t('projects.lead.milestoneAdded'), () => setTitle('')),
          ),
        )}
      >
        <TextField
          id={`${id}-title`}
          label={t('projects.lead.milestoneTitle')}
          value={title}
          maxLength={160}
          onChange={(e) => setTitle(e.target.value)}
        />
        <TextField id={`${id}-due`} label={t('projects.lead.dueOn')} type="date" value={dueOn} onChange={(e) => setDueOn(e.target.value)} />
        <SubmitActions pending={add.isPending} label={t('projects.lead.addMilestone')} pendingLabel={t('projects.lead.saving')} />
      </form>

      {open.length > 0 ? (
        <>
          <ul className="project-log" aria-label={t('projects.lead.openMilestones')}>
            {open.map((m) => (
              <li key={m.id}>
                {m.title}{' '}
                <button
                  type="button"
                  className="button button--secondary"
                  disabled={complete.isPending}
                  onClick={() => complete.mutate({ milestoneId: m.id }, handlers(t('projects.lead.milestoneDone', { title: m.title })))}
                >
                  {t('projects.lead.complete', { title: m.title })}
                </button>
              </li>
            ))}
          </ul>
          <form
            className="account-form"
            noValidate
            onSubmit={submit(() =>
              move.mutate(
                { milestoneId: moving.milestoneId || open[0]!.id, dueOn: moving.dueOn, reason: moving.reason.trim() },
                handlers(t('projects.lead.milestoneMoved'), () => setMoving({ milestoneId: '', dueOn: '', reason: '' })),
              ),
            )}
          >
            <SelectField
              id={`${id}-move`}
              label={t('projects.lead.moveWhich')}
              value={moving.milestoneId || open[0]!.id}
              onChange={(e) => setMoving({ ...moving, milestoneId: e.target.value })}
            >
              {open.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.title}
                </option>
              ))}
            </SelectField>
            <TextField
              id={`${id}-move-due`}
              label={t('projects.lead.newDueOn')}
              type="date"
              value={moving.dueOn}
              onChange={(e) => setMoving({ ...moving, dueOn: e.target.value })}
            />
            <TextAreaField
              id={`${id}-move-reason`}
              label={t('projects.lead.moveReason')}
              value={moving.reason}
              rows={2}
              maxLength={500}
              onChange={(e) => setMoving({ ...moving, reason: e.target.value })}
            />
            <SubmitActions pending={move.isPending} label={t('projects.lead.move')} pendingLabel={t('projects.lead.saving')} />
          </form>
        </>
      ) : null}
    </section>
  );
}

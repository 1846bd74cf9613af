import { DECISION_TEXT_LENGTH, PROJECT_TITLE_LENGTH } from '@wiw/domain';
import { useId, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { ConfirmStep } from '../../../components/ConfirmStep';
import { ErrorSummary, TextAreaField, type SummaryItem } from '../../../components/form/fields';
import { LiveAnnouncement } from '../../../components/LiveAnnouncement';
import { ErrorState, LoadingState } from '../../../components/StatusViews';
import { errorMessage } from '../../../lib/error-message';
import type { FieldIssue } from '../../../lib/form/validation';
import { useAnnouncer } from '../../../lib/use-announcer';
import type { MeetingDetail } from '../components/MeetingFacts';
import { DecisionFields } from './DecisionFields';
import { draftFrom, minutesInput, minutesIssues, newDecision, type DecisionDraft, type ItemDraft, type MinutesIssue } from './minutes-form';
import { useMinutesProjects, usePublishMinutes } from './use-minutes';

const LIMITS = { textLength: DECISION_TEXT_LENGTH, title: PROJECT_TITLE_LENGTH } as const;

/**
 * The organisers' minutes editor on the meeting page: per agenda item the minutes and decisions
 * (new ones optionally with a milestone), published after a confirmation. Before the meeting has
 * started it only says so; once published it corrects (published decisions keep their milestone).
 */
export function MinutesEditor({ meeting, now = new Date() }: { meeting: MeetingDetail; now?: Date }) {
  const { t } = useTranslation();
  const id = useId();
  const announcer = useAnnouncer();
  const [items, setItems] = useState<ItemDraft[] | null>(null);
  const [issues, setIssues] = useState<MinutesIssue[]>([]);
  const [confirming, setConfirming] = useState(false);
  const openRef = useRef<HTMLButtonElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const projects = useMinutesProjects(meeting.topicFields.map((field) => field.key));
  const publish = usePublishMinutes();
  const correcting = meeting.minutes !== null && meeting.minutes !== undefined;

  if (Date.parse(meeting.startsAt) > now.getTime()) return <p className="muted">{t('meetingMinutes.editor.notYet')}</p>;

  const close = () => {
    flushSync(() => {
      setItems(null);
      setIssues([]);
      setConfirming(false);
    });
    openRef.current?.focus();
  };
  const issueText = (issue: MinutesIssue) =>
    t(`meetingMinutes.editor.issues.${issue.kind}`, issue.kind in LIMITS ? LIMITS[issue.kind as keyof typeof LIMITS] : {});
  const issuesOf = (field: string): FieldIssue[] => issues.filter((issue) => issue.field === field).map((issue) => ({ message: issueText(issue) }));
  const update = (index: number, change: (item: ItemDraft) => ItemDraft) =>
    setItems((current) => current && current.map((item, i) => (i === index ? change(item) : item)));
  const changeDecision = (index: number, key: string, patch: Partial<DecisionDraft>) =>
    update(index, (item) => ({ ...item, decisions: item.decisions.map((d) => (d.key === key ? { ...d, ...patch } : d)) }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!items) return;
    const found = minutesIssues(items);
    flushSync(() => {
      setIssues(found);
      setConfirming(found.length === 0);
    });
    if (found.length > 0) summaryRef.current?.focus();
  };
  const confirm = () => {
    if (!items) return;
    publish.mutate(minutesInput(meeting.id, items), {
      onSuccess: () => {
        close();
        announcer.announce(t('meetingMinutes.editor.done'), { focus: true });
      },
      onError: (error) => {
        setConfirming(false);
        announcer.announce(`${t('meetingMinutes.editor.failed')} ${errorMessage(error, t)}`, { error: true, focus: true });
      },
    });
  };

  const summaryItems: SummaryItem[] = issues.map((issue) => ({
    fieldId: issue.field,
    label: t('meetingMinutes.editor.decisionHeading', { label: '' }).trim(),
    text: issueText(issue),
  }));
  const heading = correcting ? t('meetingMinutes.editor.correctHeading') : t('meetingMinutes.editor.heading');
  return (
    <section className="section minutes-editor" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="section__heading">
        {heading}
      </h2>
      <LiveAnnouncement announcer={announcer} />
      {items === null ? (
        <button ref={openRef} type="button" className="button" onClick={() => setItems(draftFrom(meeting.agenda))}>
          {correcting ? t('meetingMinutes.editor.openCorrect') : t('meetingMinutes.editor.open')}
        </button>
      ) : projects.isPending ? (
        <LoadingState label={t('meetingMinutes.editor.loading')} />
      ) : projects.isError ? (
        <ErrorState
          title={t('meetingMinutes.editor.loadError')}
          error={projects.error}
          onRetry={() => void projects.refetch()}
          retrying={projects.isFetching}
        />
      ) : (
        <form noValidate onSubmit={submit} aria-labelledby={`${id}-heading`}>
          <ErrorSummary id={`${id}-summary`} summaryRef={summaryRef} items={summaryItems} />
          {items.map((item, index) => (
            <fieldset key={item.agendaItemId} className="minutes-item">
              <legend>{`${index + 1}. ${item.title}`}</legend>
              <TextAreaField
                id={`${id}-item-${index}`}
                label={t('meetingMinutes.editor.itemText', { title: item.title })}
                optional
                rows={4}
                value={item.text}
                onChange={(event) => update(index, (current) => ({ ...current, text: event.target.value }))}
              />
              {item.decisions.map((decision) => (
                <DecisionFields
                  key={decision.key}
                  decision={decision}
                  number={decision.id ? (meeting.agenda[index]!.decisions.find((d) => d.id === decision.id)?.number ?? null) : null}
                  projects={projects.data ?? []}
                  issuesOf={issuesOf}
                  onChange={(patch) => changeDecision(index, decision.key, patch)}
                  onRemove={() => update(index, (current) => ({ ...current, decisions: current.decisions.filter((d) => d.key !== decision.key) }))}
                />
              ))}
              <button
                type="button"
                className="button button--secondary"
                onClick={() => update(index, (current) => ({ ...current, decisions: [...current.decisions, newDecision()] }))}
              >
                {t('meetingMinutes.editor.addDecision')}
              </button>
            </fieldset>
          ))}
          {confirming ? (
            <ConfirmStep
              question={t('meetingMinutes.editor.confirm')}
              confirmLabel={t('meetingMinutes.editor.confirmLabel')}
              pendingLabel={t('meetingMinutes.editor.sending')}
              pending={publish.isPending}
              onConfirm={confirm}
              onCancel={() => setConfirming(false)}
            />
          ) : (
            <div className="account-form__actions">
              <button type="submit" className="button">
                {t('meetingMinutes.editor.submit')}
              </button>
              <button type="button" className="button button--secondary" onClick={close}>
                {t('meetingMinutes.editor.close')}
              </button>
            </div>
          )}
        </form>
      )}
    </section>
  );
}

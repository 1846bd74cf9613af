import { MEETING_DESCRIPTION_MAX_LENGTH, MEETING_LINK_MAX_LENGTH, MEETING_PLACE_LENGTH, TITLE_LENGTH } from '@wiw/domain';
import { useId, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, SelectField, SubmitActions, TextAreaField, TextField, useIssueText, type SummaryItem } from '../../../components/form/fields';
import { LiveAnnouncement } from '../../../components/LiveAnnouncement';
import type { MeetingFormat, MeetingInput, MeetingVisibility } from '../../../gql/graphql';
import { errorMessage } from '../../../lib/error-message';
import { useAnnouncer } from '../../../lib/use-announcer';
import {
  checkMeeting,
  meetingServerIssues,
  toMeetingInput,
  type MeetingIssue,
  type MeetingIssues,
  type MeetingValues,
  type OrganisationRef,
} from '../editor-form';
import { MEETING_KINDS } from '../filters';
import { agendaFieldId, AgendaEditor } from './AgendaEditor';
import { MeetingOrganiserField, MeetingPlaceFields, MeetingRegistrationFields, TopicFieldChoice } from './MeetingFormParts';
import { RepeatedHourChoice } from './RepeatedHourChoice';

const FORMATS: readonly MeetingFormat[] = ['IN_PERSON', 'ONLINE', 'HYBRID'];
const VISIBILITIES: readonly MeetingVisibility[] = ['PUBLIC', 'PARTNERSHIP', 'INVITED'];
/** The fields in the order the form shows them (for the error summary). */
const ORDER = [
  'organiser',
  'title',
  'description',
  'startsAt',
  'endsAt',
  'place',
  'municipality',
  'onlineLink',
  'capacity',
  'deadline',
  'perOrganisationCap',
];

interface Props {
  initial: MeetingValues;
  /** Creating: the organiser is chosen (the joint office: any organisation; others: one of theirs). Editing: fixed. */
  organiserChoice: { coordinator: boolean; own: readonly OrganisationRef[] } | null;
  submitLabel: string;
  pendingLabel: string;
  failedLabel: string;
  pending: boolean;
  /** Sends the input; rejects with the API's error, which the form puts at its fields. */
  onSubmit: (input: MeetingInput, organiser: OrganisationRef | null) => Promise<unknown>;
}

/** The meeting editor: every field of a meeting and its agenda, checked as the API checks them, the API's refusals at their fields. */
export function MeetingForm({ initial, organiserChoice, submitLabel, pendingLabel, failedLabel, pending, onSubmit }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const issueText = useIssueText();
  const announcer = useAnnouncer();
  const [values, setValues] = useState(initial);
  const [issues, setIssues] = useState<MeetingIssues>({});
  const [messages, setMessages] = useState<string[]>([]);
  const summaryRef = useRef<HTMLDivElement>(null);
  const set = <K extends keyof MeetingValues>(key: K, value: MeetingValues[K]) => setValues((current) => ({ ...current, [key]: value }));
  const fieldId = (field: string) => {
    const agenda = /^agenda\.(\d+)\.(title|durationMinutes)$/.exec(field);
    const item = agenda ? values.agenda[Number(agenda[1])] : undefined;
    if (item) return agendaFieldId(id, item, agenda![2] as 'title' | 'durationMinutes');
    return `${id}-${field}`;
  };
  const label = (field: string): string => {
    const agenda = /^agenda\.(\d+)\.(title|durationMinutes)$/.exec(field);
    if (agenda)
      return `${t('meetingsOrganiser.agenda.item', { number: Number(agenda[1]) + 1 })}, ${t(agenda[2] === 'title' ? 'meetingsOrganiser.agenda.title' : 'meetingsOrganiser.agenda.minutes')}`;
    const labels: Record<string, string> = {
      organiser: t('meetingsOrganiser.form.organiser'),
      title: t('meetingsOrganiser.form.title'),
      description: t('meetingsOrganiser.form.description'),
      startsAt: t('meetingsOrganiser.form.startDate'),
      endsAt: t('meetingsOrganiser.form.endTime'),
      place: t('meetingsOrganiser.form.place'),
      municipality: t('meetingsOrganiser.form.municipality'),
      onlineLink: t('meetingsOrganiser.form.onlineLink'),
      capacity: t('meetingsOrganiser.form.capacity'),
      deadline: t('meetingsOrganiser.form.deadlineDate'),
      perOrganisationCap: t('meetingsOrganiser.form.perOrganisationCap'),
      agenda: t('meetingsOrganiser.agenda.heading'),
    };
    return labels[field] ?? field;
  };

  /** Our problems translated, the server's messages as sent. */
  const messagesOf = (found: Partial<Record<string, MeetingIssue[]>>): MeetingIssues =>
    Object.fromEntries(
      Object.entries(found).map(([field, list]) => [
        field,
        (list ?? []).map((issue) => ('message' in issue ? issue : { message: t(`meetingsOrganiser.issues.${issue.key}`, issue.values) })),
      ]),
    );

  const showProblems = (found: MeetingIssues, foundMessages: string[] = []) => {
    flushSync(() => {
      setIssues(found);
      setMessages(foundMessages);
    });
    summaryRef.current?.focus();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (pending) return;
    const found = messagesOf(checkMeeting(values, organiserChoice !== null));
    if (Object.keys(found).length > 0) {
      showProblems(found);
      return;
    }
    setIssues({});
    setMessages([]);
    onSubmit(toMeetingInput(values), values.organiser).catch((error: unknown) => {
      const server = meetingServerIssues(error);
      if (server) showProblems(messagesOf(server.issues), server.unmatched);
      else showProblems({}, [`${failedLabel} ${errorMessage(error, t)}`]);
    });
  };

  const agendaFields = Object.keys(issues).filter((field) => field.startsWith('agenda'));
  const summaryItems: SummaryItem[] = [...ORDER, ...agendaFields].flatMap((field) =>
    (issues[field] ?? []).map((issue) => ({ fieldId: fieldId(field), label: label(field), text: issueText(issue) })),
  );
  const text = (field: 'title' | 'description' | 'place' | 'onlineLink') => ({
    value: values[field],
    issues: issues[field],
    onChange: (event: { target: { value: string } }) => set(field, event.target.value),
  });

  return (
    <form className="account-form meeting-form" noValidate onSubmit={submit}>
      <ErrorSummary id={`${id}-summary`} summaryRef={summaryRef} items={summaryItems} messages={messages} />
      <MeetingOrganiserField
        selectId={fieldId('organiser')}
        choice={organiserChoice}
        value={values.organiser}
        issues={issues.organiser}
        onChange={(organiser) => set('organiser', organiser)}
      />
      <TextField id={fieldId('title')} label={label('title')} maxLength={TITLE_LENGTH.max} {...text('title')} />
      <TextAreaField
        id={fieldId('description')}
        label={label('description')}
        optional
        rows={4}
        maxLength={MEETING_DESCRIPTION_MAX_LENGTH}
        {...text('description')}
      />
      <SelectField
        id={`${id}-kind`}
        label={t('meetingsOrganiser.form.kind')}
        value={values.kind}
        onChange={(e) => set('kind', MEETING_KINDS.find((k) => k === e.target.value) ?? values.kind)}
      >
        {MEETING_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t(`meetings.kind.${kind}`)}
          </option>
        ))}
      </SelectField>
      <TopicFieldChoice idPrefix={id} value={values.topicFields} onChange={(topicFields) => set('topicFields', topicFields)} />
      <fieldset className="account-form__group">
        <legend>{t('meetingsOrganiser.form.when')}</legend>
        <div className="meeting-form__row">
          <TextField
            id={fieldId('startsAt')}
            label={t('meetingsOrganiser.form.startDate')}
            type="date"
            value={values.startDate}
            issues={issues.startsAt}
            onChange={(e) => set('startDate', e.target.value)}
          />
          <TextField
            id={`${id}-startTime`}
            label={t('meetingsOrganiser.form.startTime')}
            type="time"
            value={values.startTime}
            onChange={(e) => set('startTime', e.target.value)}
          />
        </div>
        <RepeatedHourChoice
          id={`${id}-startReading`}
          date={values.startDate}
          time={values.startTime}
          second={values.secondReading.start}
          onChange={(second) => set('secondReading', { ...values.secondReading, start: second })}
        />
        <div className="meeting-form__row">
          <TextField
            id={`${id}-endDate`}
            label={t('meetingsOrganiser.form.endDate')}
            hint={t('meetingsOrganiser.form.endDateHint')}
            type="date"
            optional
            value={values.endDate}
            onChange={(e) => set('endDate', e.target.value)}
          />
          <TextField
            id={fieldId('endsAt')}
            label={t('meetingsOrganiser.form.endTime')}
            type="time"
            value={values.endTime}
            issues={issues.endsAt}
            onChange={(e) => set('endTime', e.target.value)}
          />
        </div>
        <RepeatedHourChoice
          id={`${id}-endReading`}
          date={values.endDate || values.startDate}
          time={values.endTime}
          second={values.secondReading.end}
          onChange={(second) => set('secondReading', { ...values.secondReading, end: second })}
        />
      </fieldset>
      <SelectField
        id={`${id}-format`}
        label={t('meetingsOrganiser.form.format')}
        value={values.format}
        onChange={(e) => set('format', FORMATS.find((f) => f === e.target.value) ?? values.format)}
      >
        {FORMATS.map((format) => (
          <option key={format} value={format}>
            {t(`meetings.format.${format}`)}
          </option>
        ))}
      </SelectField>
      {values.format !== 'ONLINE' ? (
        <MeetingPlaceFields
          placeId={fieldId('place')}
          municipalityId={fieldId('municipality')}
          place={text('place')}
          placeMaxLength={MEETING_PLACE_LENGTH.max}
          municipality={values.municipalityId}
          municipalityIssues={issues.municipality}
          onMunicipality={(value) => set('municipalityId', value)}
        />
      ) : null}
      {values.format !== 'IN_PERSON' ? (
        <TextField
          id={fieldId('onlineLink')}
          label={label('onlineLink')}
          hint={t('meetingsOrganiser.form.onlineLinkHint')}
          type="url"
          maxLength={MEETING_LINK_MAX_LENGTH}
          {...text('onlineLink')}
        />
      ) : null}
      <SelectField
        id={`${id}-visibility`}
        label={t('meetingsOrganiser.form.visibility')}
        value={values.visibility}
        onChange={(e) => set('visibility', VISIBILITIES.find((v) => v === e.target.value) ?? values.visibility)}
      >
        {VISIBILITIES.map((visibility) => (
          <option key={visibility} value={visibility}>
            {t(`meetings.visibility.${visibility}`)}
          </option>
        ))}
      </SelectField>
      <MeetingRegistrationFields idOf={fieldId} values={values} issues={issues} set={set} />
      <AgendaEditor
        idPrefix={id}
        agenda={values.agenda}
        issues={issues}
        onChange={(agenda) => set('agenda', agenda)}
        announce={(message) => announcer.announce(message)}
      />
      <LiveAnnouncement announcer={announcer} />
      <SubmitActions pending={pending} label={submitLabel} pendingLabel={pendingLabel} />
    </form>
  );
}

import { PROJECT_TEXT_LENGTH, PROJECT_TITLE_LENGTH } from '@wiw/domain';
import { useId, useState, type ComponentProps, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProposeProjectMutation, RegionKey, TopicFieldKey } from '../../../gql/graphql';
import { CheckboxField, ErrorSummary, SelectField, SubmitActions, TextAreaField, TextField } from '../../../components/form/fields';
import { useFormErrors } from '../../../components/form/use-form-errors';
import { ErrorCodes } from '../../../lib/error-codes';
import { errorMessage, hasErrorCode } from '../../../lib/error-message';
import { REGION_KEYS } from '../../../lib/enums';
import type { FormIssues } from '../../../lib/form/server-issues';
import { OrganisationPicker, type PickedOrganisation } from '../../coordination';
import { ProposeProjectDocument } from '../graphql/documents';
import { useProjectMutation } from '../hooks/use-project';

type FieldName = 'lead' | 'title' | 'goal' | 'description' | 'endsOn';
/** Texts in `projects.propose.*`. */
type IssueCode = 'length' | 'leadRequired' | 'datesInvalid';
const FIELDS: readonly FieldName[] = ['lead', 'title', 'goal', 'description', 'endsOn'];

interface Props {
  /** The joint office chooses any organisation as lead; an owner one of their own verified organisations. */
  coordinator: boolean;
  ownOrganisations: readonly PickedOrganisation[];
  topicFields: ReadonlyArray<{ key: TopicFieldKey; title: string }>;
  topicField: TopicFieldKey;
  onProposed: (project: ProposeProjectMutation['proposeProject']) => void;
}

/** Goal or description: a project text with its length hint and limit. */
function ProjectTextArea(props: Omit<ComponentProps<typeof TextAreaField>, 'hint' | 'maxLength'>) {
  const { t } = useTranslation();
  return <TextAreaField {...props} hint={t('projects.propose.textHint', PROJECT_TEXT_LENGTH)} maxLength={PROJECT_TEXT_LENGTH.max} />;
}

/** "Projekt vorschlagen": topic field, title, goal, description, lead, regions, dates, openness; checked as the API checks it. */
export function ProposeProjectForm({ coordinator, ownOrganisations, topicFields, topicField: initialField, onProposed }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const propose = useProjectMutation(ProposeProjectDocument);
  const [topicField, setTopicField] = useState(initialField);
  const [text, setText] = useState({ title: '', goal: '', description: '' });
  const [picked, setPicked] = useState<PickedOrganisation | null>(null);
  const [ownLead, setOwnLead] = useState(ownOrganisations[0]?.id ?? '');
  const [regions, setRegions] = useState<RegionKey[]>([]);
  const [dates, setDates] = useState({ startsOn: '', endsOn: '' });
  const [open, setOpen] = useState(true);
  const fieldIds: Record<FieldName, string> = {
    lead: `${id}-lead`,
    title: `${id}-title`,
    goal: `${id}-goal`,
    description: `${id}-description`,
    endsOn: `${id}-ends`,
  };
  const labels: Record<FieldName, string> = {
    lead: t('projects.propose.lead'),
    title: t('projects.propose.title'),
    goal: t('projects.goal'),
    description: t('projects.propose.description'),
    endsOn: t('projects.endsOn'),
  };
  const leadId = coordinator ? (picked?.id ?? '') : ownLead;

  const errors = useFormErrors<FieldName, IssueCode>({
    fields: FIELDS,
    fieldId: (field) => fieldIds[field],
    label: (field) => labels[field],
    text: (issue) => t(`projects.propose.${issue.code}`, issue.values),
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (propose.isPending) return;
    const value = { title: text.title.trim(), goal: text.goal.trim(), description: text.description.trim() };
    const length = (field: 'title' | 'goal' | 'description', values: { min: number; max: number }) =>
      value[field].length < values.min || value[field].length > values.max ? [{ code: 'length' as const, values }] : [];
    const found: FormIssues<FieldName, IssueCode> = {
      lead: leadId ? [] : [{ code: 'leadRequired' }],
      title: length('title', PROJECT_TITLE_LENGTH),
      goal: length('goal', PROJECT_TEXT_LENGTH),
      description: length('description', PROJECT_TEXT_LENGTH),
      endsOn: dates.startsOn && dates.endsOn && dates.endsOn < dates.startsOn ? [{ code: 'datesInvalid' }] : [],
    };
    if (!errors.check(found)) return;
    propose.mutate(
      {
        input: {
          topicField,
          ...value,
          leadOrganisationId: leadId,
          regions,
          startsOn: dates.startsOn || null,
          endsOn: dates.endsOn || null,
          openForParticipants: open,
        },
      },
      {
        onSuccess: (data) => onProposed(data.proposeProject),
        onError: (error) => {
          const message = errorMessage(error, t);
          const field = hasErrorCode(error, ErrorCodes.PROJECT_DATES_INVALID)
            ? 'endsOn'
            : hasErrorCode(error, ErrorCodes.ORGANISATION_NOT_VERIFIED, ErrorCodes.NOT_ORGANISATION_OWNER)
              ? 'lead'
              : null;
          errors.onServerError(
            error,
            field ? { issues: { [field]: [{ message }] }, unmatched: [] } : { issues: {}, unmatched: [`${t('projects.propose.failed')} ${message}`] },
          );
        },
      },
    );
  };

  const setField = (field: keyof typeof text) => (event: { target: { value: string } }) =>
    setText((current) => ({ ...current, [field]: event.target.value }));

  return (
    <form className="account-form" noValidate onSubmit={onSubmit}>
      <ErrorSummary id={`${id}-summary`} summaryRef={errors.summaryRef} items={errors.summaryItems()} messages={errors.messages} />
      <SelectField
        id={`${id}-field`}
        label={t('projects.propose.topicField')}
        value={topicField}
        onChange={(e) => setTopicField(e.target.value as TopicFieldKey)}
      >
        {topicFields.map((field) => (
          <option key={field.key} value={field.key}>
            {field.title}
          </option>
        ))}
      </SelectField>
      <TextField
        id={fieldIds.title}
        label={labels.title}
        maxLength={PROJECT_TITLE_LENGTH.max}
        value={text.title}
        issues={errors.of('title')}
        onChange={setField('title')}
      />
      <ProjectTextArea id={fieldIds.goal} label={labels.goal} rows={3} value={text.goal} issues={errors.of('goal')} onChange={setField('goal')} />
      <ProjectTextArea
        id={fieldIds.description}
        label={labels.description}
        rows={5}
        value={text.description}
        issues={errors.of('description')}
        onChange={setField('description')}
      />
      {coordinator ? (
        <OrganisationPicker selectId={fieldIds.lead} value={picked} onChange={setPicked} issues={errors.of('lead')} />
      ) : (
        <SelectField
          id={fieldIds.lead}
          label={labels.lead}
          hint={t('projects.propose.leadHint')}
          value={ownLead}
          issues={errors.of('lead')}
          onChange={(e) => setOwnLead(e.target.value)}
        >
          {ownOrganisations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </SelectField>
      )}
      <fieldset className="account-form__group">
        <legend>{t('projects.regions')}</legend>
        {REGION_KEYS.map((region) => (
          <CheckboxField
            key={region}
            id={`${id}-region-${region}`}
            label={t(`enums.region.${region}`)}
            checked={regions.includes(region)}
            onChange={() => setRegions((current) => (current.includes(region) ? current.filter((r) => r !== region) : [...current, region]))}
          />
        ))}
      </fieldset>
      <TextField
        id={`${id}-starts`}
        label={t('project.startsOn')}
        type="date"
        optional
        value={dates.startsOn}
        onChange={(e) => setDates((d) => ({ ...d, startsOn: e.target.value }))}
      />
      <TextField
        id={fieldIds.endsOn}
        label={labels.endsOn}
        type="date"
        optional
        value={dates.endsOn}
        issues={errors.of('endsOn')}
        onChange={(e) => setDates((d) => ({ ...d, endsOn: e.target.value }))}
      />
      <CheckboxField id={`${id}-open`} label={t('projects.propose.open')} checked={open} onChange={setOpen} />
      <SubmitActions pending={propose.isPending} label={t('projects.propose.submit')} pendingLabel={t('projects.propose.sending')} />
    </form>
  );
}

import { OFFICE_TITLE_LENGTH } from '@wiw/domain';
import { useId, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { PlatformRole } from '../../../gql/graphql';
import { errorMessage, hasErrorCode } from '../../../lib/error-message';
import { ErrorSummary, SelectField, SubmitActions, TextField, useIssueText, type SummaryItem } from '../../../components/form/fields';
import { type FieldIssue } from '../../../lib/form/validation';
import { useAnnouncer } from '../../../lib/use-announcer';
import { useCreateOffice } from '../hooks/use-office-mutations';
import { parsePlatformRole } from '../roles';
import { LiveAnnouncement } from '../../../components/LiveAnnouncement';
import { OrganisationPicker, type PickedOrganisation } from './OrganisationPicker';
import { ErrorCodes } from '../../../lib/error-codes';

type TitleField = 'titleDe' | 'titleEn';
type FieldName = 'organisation' | TitleField;

/** The two titles, each in its language. */
const TITLE_FIELDS: ReadonlyArray<{ field: TitleField; lang: string }> = [
  { field: 'titleDe', lang: 'de' },
  { field: 'titleEn', lang: 'en' },
];
type Issues = Partial<Record<FieldName, FieldIssue[]>>;

interface Props {
  /** Roles the viewer may put on an office (an office passes its role on to its holder). */
  roles: readonly PlatformRole[];
}

/** "Neues Amt anlegen": organisation (type-ahead), German and English title, role. */
export function CreateOfficeForm({ roles }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const issueText = useIssueText();
  const create = useCreateOffice();
  const announcer = useAnnouncer();
  const [organisation, setOrganisation] = useState<PickedOrganisation | null>(null);
  const [titles, setTitles] = useState<Record<TitleField, string>>({ titleDe: '', titleEn: '' });
  const [role, setRole] = useState<PlatformRole>('OFFICIAL');
  const [issues, setIssues] = useState<Issues>({});
  const [messages, setMessages] = useState<string[]>([]);
  const summaryRef = useRef<HTMLDivElement>(null);
  const fieldIds: Record<FieldName, string> = { organisation: `${id}-organisation`, titleDe: `${id}-title-de`, titleEn: `${id}-title-en` };
  const labels: Record<FieldName, string> = {
    organisation: t('coordination.offices.create.organisationLabel'),
    titleDe: t('coordination.offices.create.titleDe'),
    titleEn: t('coordination.offices.create.titleEn'),
  };

  const showProblems = (found: Issues, foundMessages: string[] = []) => {
    flushSync(() => {
      setIssues(found);
      setMessages(foundMessages);
    });
    summaryRef.current?.focus();
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (create.isPending) return;
    const de = titles.titleDe.trim();
    const en = titles.titleEn.trim();
    const lengthIssue = (title: string) =>
      title.length < OFFICE_TITLE_LENGTH.min || title.length > OFFICE_TITLE_LENGTH.max
        ? [{ message: t('coordination.offices.create.titleLength') }]
        : [];
    const found: Issues = {
      organisation: organisation ? [] : [{ message: t('coordination.offices.create.organisationRequired') }],
      titleDe: lengthIssue(de),
      titleEn: lengthIssue(en),
    };
    announcer.clear();
    if (Object.values(found).some((list) => list.length > 0)) {
      showProblems(found);
      return;
    }
    setIssues({});
    setMessages([]);
    create.mutate(
      { organisationId: organisation!.id, titleDe: de, titleEn: en, role },
      {
        onSuccess: (office) => {
          flushSync(() => setTitles({ titleDe: '', titleEn: '' }));
          announcer.announce(t('coordination.offices.create.created', { title: office.title, organisation: office.organisationName }), {
            focus: true,
          });
        },
        onError: (error) => {
          const message = `${t('coordination.offices.create.failed')} ${errorMessage(error, t)}`;
          if (hasErrorCode(error, ErrorCodes.OFFICE_EXISTS))
            showProblems({ titleDe: [{ message: errorMessage(error, t) }] }, [t('coordination.offices.create.failed')]);
          else showProblems({}, [message]);
        },
      },
    );
  };

  const summaryItems: SummaryItem[] = (Object.keys(fieldIds) as FieldName[]).flatMap((field) =>
    (issues[field] ?? []).map((issue) => ({ fieldId: fieldIds[field], label: labels[field], text: issueText(issue) })),
  );

  return (
    <form className="account-form" noValidate onSubmit={onSubmit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="account-form__title">
        {t('coordination.offices.create.heading')}
      </h3>
      <LiveAnnouncement announcer={announcer} />
      <ErrorSummary id={`${id}-summary`} summaryRef={summaryRef} items={summaryItems} messages={messages} />
      <OrganisationPicker selectId={fieldIds.organisation} value={organisation} onChange={setOrganisation} issues={issues.organisation ?? []} />
      {TITLE_FIELDS.map(({ field, lang }) => (
        <TextField
          key={field}
          id={fieldIds[field]}
          label={labels[field]}
          hint={field === 'titleDe' ? t('coordination.offices.create.titleHint') : undefined}
          lang={lang}
          maxLength={OFFICE_TITLE_LENGTH.max}
          value={titles[field]}
          issues={issues[field]}
          onChange={(event) => setTitles((current) => ({ ...current, [field]: event.target.value }))}
        />
      ))}
      <SelectField
        id={`${id}-role`}
        label={t('coordination.offices.create.roleLabel')}
        hint={t('coordination.offices.create.roleHint')}
        value={role}
        onChange={(event) => setRole(parsePlatformRole(event.target.value) ?? 'OFFICIAL')}
      >
        {roles.map((value) => (
          <option key={value} value={value}>
            {t(`coordination.platformRoles.${value}`)}
          </option>
        ))}
      </SelectField>
      <SubmitActions
        pending={create.isPending}
        label={t('coordination.offices.create.submit')}
        pendingLabel={t('coordination.offices.create.submitting')}
      />
    </form>
  );
}

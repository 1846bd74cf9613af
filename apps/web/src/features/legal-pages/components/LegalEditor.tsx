import { LEGAL_TEXT_LENGTH, textProblem } from '@wiw/domain';
import { useId, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, SubmitActions, TextAreaField } from '../../../components/form/fields';
import { useFormErrors } from '../../../components/form/use-form-errors';
import { LiveAnnouncement } from '../../../components/LiveAnnouncement';
import type { LegalPageKind, LegalPageQuery } from '../../../gql/graphql';
import { ErrorCodes } from '../../../lib/error-codes';
import { errorMessage, hasErrorCode } from '../../../lib/error-message';
import { badInputIssues, type FormIssue, type FormIssues } from '../../../lib/form/server-issues';
import { useAnnouncer } from '../../../lib/use-announcer';
import { useLegalPage, useUpdateLegalPage } from '../hooks/use-legal-page';

type LegalField = 'bodyDe' | 'bodyEn';
/** length: 20–40,000 characters; invalidCharacters: control characters; rejected: the server refused the text. */
type IssueCode = 'length' | 'invalidCharacters' | 'rejected';

const FIELDS: ReadonlyArray<{ field: LegalField; lang: string }> = [
  { field: 'bodyDe', lang: 'de' },
  { field: 'bodyEn', lang: 'en' },
];
const FIELD_NAMES = FIELDS.map(({ field }) => field);
type Current = NonNullable<LegalPageQuery['legalPage']>;

/** What is wrong with one text before it is sent (the API checks the same again). */
function textIssues(text: string): FormIssue<IssueCode>[] {
  const length = text.trim().length;
  if (length < LEGAL_TEXT_LENGTH.min || length > LEGAL_TEXT_LENGTH.max) return [{ code: 'length', values: LEGAL_TEXT_LENGTH }];
  return textProblem(text, { multiLine: true }) ? [{ code: 'invalidCharacters' }] : [];
}

/** The German and English text of a legal page; saving publishes them as the next version. */
export function LegalEditor({ page, current }: { page: LegalPageKind; current: Current }) {
  const { t } = useTranslation();
  const id = useId();
  const update = useUpdateLegalPage();
  const latest = useLegalPage(page);
  const announcer = useAnnouncer();
  const [texts, setTexts] = useState<Record<LegalField, string>>({ bodyDe: current.bodyDe, bodyEn: current.bodyEn });
  const [baseVersion, setBaseVersion] = useState(current.version);
  const [outdated, setOutdated] = useState(false);
  const fieldId = (field: LegalField) => `${id}-${field}`;
  const label = (field: LegalField) => t(`legal.editor.${field}`);
  const errors = useFormErrors<LegalField, IssueCode>({
    fields: FIELD_NAMES,
    fieldId,
    label,
    text: (issue) => t(`legal.editor.${issue.code}`, issue.values),
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (update.isPending) return;
    announcer.clear();
    const found: FormIssues<LegalField, IssueCode> = { bodyDe: textIssues(texts.bodyDe), bodyEn: textIssues(texts.bodyEn) };
    if (!errors.check(found)) return;
    setOutdated(false);
    update.mutate(
      { page, baseVersion, bodyDe: texts.bodyDe, bodyEn: texts.bodyEn },
      {
        onSuccess: (saved) => {
          setBaseVersion(saved.version);
          announcer.announce(t('legal.editor.saved', { version: saved.version }), { focus: true });
        },
        onError: (error) => {
          setOutdated(hasErrorCode(error, ErrorCodes.LEGAL_PAGE_OUTDATED));
          const mapped = badInputIssues(
            error,
            (name) => FIELD_NAMES.find((field) => field === name),
            () => 'rejected' as const,
          );
          errors.onServerError(error, mapped ?? { issues: {}, unmatched: [`${t('legal.editor.failed')} ${errorMessage(error, t)}`] });
        },
      },
    );
  };

  const reload = async () => {
    const { data } = await latest.refetch();
    if (!data) return;
    flushSync(() => {
      setTexts({ bodyDe: data.bodyDe, bodyEn: data.bodyEn });
      setBaseVersion(data.version);
      setOutdated(false);
    });
    errors.clear();
    announcer.announce(t('legal.editor.basedOn', { version: data.version }), { focus: true });
  };

  return (
    <form className="account-form legal-editor" noValidate onSubmit={onSubmit} aria-describedby={`${id}-based-on`}>
      <LiveAnnouncement announcer={announcer} />
      <ErrorSummary id={`${id}-summary`} summaryRef={errors.summaryRef} items={errors.summaryItems()} messages={errors.messages} />
      {outdated ? (
        <p>
          <button type="button" className="button button--secondary" onClick={() => void reload()}>
            {t('legal.editor.reload')}
          </button>
        </p>
      ) : null}
      <p id={`${id}-based-on`}>{t('legal.editor.basedOn', { version: baseVersion })}</p>
      {FIELDS.map(({ field, lang }) => (
        <TextAreaField
          key={field}
          id={fieldId(field)}
          label={label(field)}
          hint={t('legal.editor.formatHint')}
          lang={lang}
          rows={18}
          maxLength={LEGAL_TEXT_LENGTH.max}
          value={texts[field]}
          issues={errors.of(field)}
          onChange={(event) => setTexts((before) => ({ ...before, [field]: event.target.value }))}
        />
      ))}
      <SubmitActions pending={update.isPending} label={t('legal.editor.submit')} pendingLabel={t('legal.editor.submitting')} />
    </form>
  );
}

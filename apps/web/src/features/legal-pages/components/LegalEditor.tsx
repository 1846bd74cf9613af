import { LEGAL_TEXT_LENGTH } from '@wiw/domain';
import { useId, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, SubmitActions, TextAreaField, type SummaryItem } from '../../../components/form/fields';
import { LiveAnnouncement } from '../../../components/LiveAnnouncement';
import type { LegalPageKind, LegalPageQuery } from '../../../gql/graphql';
import { ErrorCodes } from '../../../lib/error-codes';
import { errorMessage, hasErrorCode } from '../../../lib/error-message';
import { type FieldIssue } from '../../../lib/form/validation';
import { useAnnouncer } from '../../../lib/use-announcer';
import { useLegalPage, useUpdateLegalPage } from '../hooks/use-legal-page';
import { serverFieldIssues, type LegalField } from '../server-issues';

const FIELDS: ReadonlyArray<{ field: LegalField; lang: string }> = [
  { field: 'bodyDe', lang: 'de' },
  { field: 'bodyEn', lang: 'en' },
];
type Issues = Partial<Record<LegalField, FieldIssue[]>>;
type Current = NonNullable<LegalPageQuery['legalPage']>;

/** The German and English text of a legal page; saving publishes them as the next version. */
export function LegalEditor({ page, current }: { page: LegalPageKind; current: Current }) {
  const { t } = useTranslation();
  const id = useId();
  const update = useUpdateLegalPage();
  const latest = useLegalPage(page);
  const announcer = useAnnouncer();
  const [texts, setTexts] = useState<Record<LegalField, string>>({ bodyDe: current.bodyDe, bodyEn: current.bodyEn });
  const [baseVersion, setBaseVersion] = useState(current.version);
  const [issues, setIssues] = useState<Issues>({});
  const [messages, setMessages] = useState<string[]>([]);
  const [outdated, setOutdated] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const fieldId = (field: LegalField) => `${id}-${field}`;
  const label = (field: LegalField) => t(`legal.editor.${field}`);

  const showProblems = (found: Issues, foundMessages: string[] = []) => {
    flushSync(() => {
      setIssues(found);
      setMessages(foundMessages);
    });
    summaryRef.current?.focus();
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (update.isPending) return;
    announcer.clear();
    const lengthIssue = (text: string): FieldIssue[] =>
      text.trim().length < LEGAL_TEXT_LENGTH.min || text.trim().length > LEGAL_TEXT_LENGTH.max
        ? [{ message: t('legal.editor.length', { min: LEGAL_TEXT_LENGTH.min, max: LEGAL_TEXT_LENGTH.max }) }]
        : [];
    const found: Issues = { bodyDe: lengthIssue(texts.bodyDe), bodyEn: lengthIssue(texts.bodyEn) };
    if (Object.values(found).some((list) => list.length > 0)) {
      showProblems(found);
      return;
    }
    flushSync(() => {
      setIssues({});
      setMessages([]);
      setOutdated(false);
    });
    update.mutate(
      { page, baseVersion, bodyDe: texts.bodyDe, bodyEn: texts.bodyEn },
      {
        onSuccess: (saved) => {
          setBaseVersion(saved.version);
          announcer.announce(t('legal.editor.saved', { version: saved.version }), { focus: true });
        },
        onError: (error) => {
          const fieldIssues = serverFieldIssues(error, t);
          if (fieldIssues) return showProblems(fieldIssues, [t('legal.editor.failed')]);
          setOutdated(hasErrorCode(error, ErrorCodes.LEGAL_PAGE_OUTDATED));
          showProblems({}, [`${t('legal.editor.failed')} ${errorMessage(error, t)}`]);
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
      setMessages([]);
    });
    announcer.announce(t('legal.editor.basedOn', { version: data.version }), { focus: true });
  };

  const summaryItems: SummaryItem[] = FIELDS.flatMap(({ field }) =>
    (issues[field] ?? []).map((issue) => ({ fieldId: fieldId(field), label: label(field), text: 'message' in issue ? issue.message : '' })),
  );

  return (
    <form className="account-form legal-editor" noValidate onSubmit={onSubmit} aria-describedby={`${id}-based-on`}>
      <LiveAnnouncement announcer={announcer} />
      <ErrorSummary id={`${id}-summary`} summaryRef={summaryRef} items={summaryItems} messages={messages} />
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
          issues={issues[field]}
          onChange={(event) => setTexts((before) => ({ ...before, [field]: event.target.value }))}
        />
      ))}
      <SubmitActions pending={update.isPending} label={t('legal.editor.submit')} pendingLabel={t('legal.editor.submitting')} />
    </form>
  );
}

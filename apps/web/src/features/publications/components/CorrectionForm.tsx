import { NEWS_BODY_LENGTH, NEWS_REASON_LENGTH, NEWS_TEASER_LENGTH, NEWS_TITLE_LENGTH } from '@wiw/domain';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, SubmitActions, TextAreaField, TextField } from '../../../components/form/fields';
import { FormAlert } from '../../../components/form/FormAlert';
import { useFormErrors } from '../../../components/form/use-form-errors';
import type { NewsItemFieldsFragment } from '../../../gql/graphql';
import { errorMessage } from '../../../lib/error-message';
import {
  CORRECTION_FIELDS,
  correctionValues,
  newsServerIssues,
  toCorrectionInput,
  validateCorrection,
  type CorrectionField,
  type NewsIssueCode,
} from '../action-forms';
import { useCorrectNewsItem } from '../hooks/use-news';
import '../../../styles/forms.css';

const LABELS = {
  title: 'news.draft.title',
  teaser: 'news.draft.teaser',
  body: 'news.draft.body',
  links: 'news.draft.links',
  reason: 'news.correct.reason',
} as const satisfies Record<CorrectionField, string>;

/** A correction of a published item: the new text and its reason, published as the next version. */
export function CorrectionForm({ item, onDone }: { item: NewsItemFieldsFragment; onDone: (text: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const correct = useCorrectNewsItem();
  const [values, setValues] = useState(() => correctionValues(item));
  const fieldId = (field: CorrectionField) => `${id}-${field}`;
  const label = (field: CorrectionField) => t(LABELS[field]);
  const errors = useFormErrors<CorrectionField, NewsIssueCode>({
    fields: CORRECTION_FIELDS,
    fieldId,
    label,
    text: (issue) => t(`news.issues.${issue.code}`, issue.values),
  });
  const bind = (field: CorrectionField) => ({
    id: fieldId(field),
    label: label(field),
    value: values[field],
    issues: errors.of(field),
    onChange: (event: { target: { value: string } }) => setValues((current) => ({ ...current, [field]: event.target.value })),
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (correct.isPending || !errors.check(validateCorrection(values))) return;
    correct.mutate(
      { id: item.id, input: toCorrectionInput(values) },
      {
        onSuccess: (corrected) => {
          setValues(correctionValues(corrected));
          onDone(t('news.correct.done', { version: corrected.version }));
        },
        onError: (error) => errors.onServerError(error, newsServerIssues(error, CORRECTION_FIELDS)),
      },
    );
  };

  return (
    <form className="account-form" noValidate aria-labelledby={`${id}-heading`} onSubmit={onSubmit}>
      <h3 id={`${id}-heading`}>{t('news.correct.heading')}</h3>
      <p className="muted">{t('news.correct.intro')}</p>
      {errors.failure !== null ? (
        <FormAlert alertRef={errors.alertRef} title={t('news.correct.failed')} message={errorMessage(errors.failure, t)} />
      ) : null}
      <ErrorSummary id={`${id}-summary`} items={errors.summaryItems()} messages={errors.messages} summaryRef={errors.summaryRef} />
      <TextField {...bind('title')} maxLength={NEWS_TITLE_LENGTH.max} />
      <TextAreaField {...bind('teaser')} rows={2} maxLength={NEWS_TEASER_LENGTH.max} />
      <TextAreaField {...bind('body')} rows={8} hint={t('news.draft.bodyHint')} maxLength={NEWS_BODY_LENGTH.max} />
      <TextAreaField {...bind('links')} rows={2} optional hint={t('news.draft.linksHint')} />
      <TextAreaField {...bind('reason')} rows={2} hint={t('news.correct.reasonHint')} maxLength={NEWS_REASON_LENGTH.max} />
      <SubmitActions pending={correct.isPending} label={t('news.correct.save')} pendingLabel={t('news.correct.saving')} />
    </form>
  );
}

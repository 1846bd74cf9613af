import { NEWS_BODY_LENGTH, NEWS_TEASER_LENGTH, NEWS_TITLE_LENGTH } from '@wiw/domain';
import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { CheckboxField, ErrorSummary, SelectField, SubmitActions, TextAreaField, TextField } from '../../../components/form/fields';
import type { MyNewsQuery, NewsDraftInput, NewsItemFieldsFragment } from '../../../gql/graphql';
import { errorMessage } from '../../../lib/error-message';
import { TOPIC_FIELD_KEYS } from '../../../lib/enums';
import { useTopicFields } from '../../topic-fields';
import { useCreateNewsDraft, useUpdateNewsDraft } from '../hooks/use-news';

interface Props {
  organisations: MyNewsQuery['myOrganisations'];
  offices: MyNewsQuery['myNewsOffices'];
  /** A draft to change (after it was sent back, say); without it the form writes a new one. */
  item?: NewsItemFieldsFragment;
  /** After a draft was changed: what to announce. */
  onUpdated?: (text: string) => void;
  /** Further buttons beside save (e.g. cancel). */
  children?: ReactNode;
}

const EMPTY = { organisationId: '', officeId: '', topicField: '', title: '', teaser: '', body: '', links: '' };
const EMPTY_MEDIA = { title: '', sourceUrl: '', licence: '', publicFunds: false, producedBy: '' };
const EMPTY_PROMOTION = { promoted: false, euros: '', budgetLine: '' };

/** The draft as the API takes it: links one per line, the amount in cents, an empty media row left out. */
export function toDraftInput(text: typeof EMPTY, media: typeof EMPTY_MEDIA, promotion: typeof EMPTY_PROMOTION): NewsDraftInput {
  const cents = Math.round(Number(promotion.euros.replace(',', '.')) * 100);
  return {
    organisationId: text.organisationId,
    officeId: text.officeId || null,
    topicField: TOPIC_FIELD_KEYS.find((key) => key === text.topicField) ?? null,
    title: text.title.trim(),
    teaser: text.teaser.trim(),
    body: text.body.trim(),
    links: text.links
      .split(/\s+/)
      .map((link) => link.trim())
      .filter(Boolean),
    media: media.sourceUrl.trim()
      ? [{ ...media, title: media.title.trim(), sourceUrl: media.sourceUrl.trim(), producedBy: media.producedBy.trim() || null }]
      : [],
    promoted: promotion.promoted,
    promotionCents: promotion.promoted ? cents : null,
    budgetLine: promotion.promoted ? promotion.budgetLine.trim() : null,
  };
}

/** The form's values of an existing draft (its first medium; the amount in euros). */
function valuesOf(item: NewsItemFieldsFragment) {
  const medium = item.media[0];
  return {
    text: {
      organisationId: item.organisation.id,
      officeId: item.office?.id ?? '',
      topicField: item.topicField ?? '',
      title: item.title,
      teaser: item.teaser,
      body: item.body,
      links: item.links.join('\n'),
    },
    media: medium
      ? {
          title: medium.title,
          sourceUrl: medium.sourceUrl,
          licence: medium.licence,
          publicFunds: medium.publicFunds,
          producedBy: medium.producedBy ?? '',
        }
      : EMPTY_MEDIA,
    promotion: item.promotion
      ? { promoted: true, euros: (item.promotion.cents / 100).toFixed(2).replace('.', ','), budgetLine: item.promotion.budgetLine }
      : EMPTY_PROMOTION,
  };
}

/** "Neue Meldung" (or a draft to change): a draft with its provenance (organisation, office, media, promotion); the API checks links and rules. */
export function NewsDraftForm({ organisations, offices, item, onUpdated, children }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const topicFields = useTopicFields();
  const create = useCreateNewsDraft();
  const update = useUpdateNewsDraft();
  const pending = create.isPending || update.isPending;
  const initial = item ? valuesOf(item) : null;
  const [text, setText] = useState(initial?.text ?? { ...EMPTY, organisationId: organisations[0]?.id ?? '' });
  const [media, setMedia] = useState(initial?.media ?? EMPTY_MEDIA);
  const [promotion, setPromotion] = useState(initial?.promotion ?? EMPTY_PROMOTION);
  const [messages, setMessages] = useState<string[]>([]);
  const [saved, setSaved] = useState<string | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const own = offices.filter((office) => office.organisationId === text.organisationId);
  const set = (field: keyof typeof EMPTY) => (event: { target: { value: string } }) =>
    setText((value) => ({ ...value, [field]: event.target.value }));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (pending) return;
    setSaved(null);
    const onError = (error: unknown) => {
      flushSync(() => setMessages([errorMessage(error, t)]));
      summaryRef.current?.focus();
    };
    const input = toDraftInput(text, media, promotion);
    if (item) {
      update.mutate({ id: item.id, input }, { onSuccess: (changed) => onUpdated?.(t('news.edit.saved', { title: changed.title })), onError });
      return;
    }
    create.mutate(input, {
      onSuccess: (created) => {
        setMessages([]);
        setText({ ...EMPTY, organisationId: text.organisationId });
        setMedia(EMPTY_MEDIA);
        setPromotion(EMPTY_PROMOTION);
        setSaved(created.title);
      },
      onError,
    });
  };

  return (
    <form className="account-form" aria-labelledby={`${id}-heading`} onSubmit={onSubmit}>
      <h2 id={`${id}-heading`}>{item ? t('news.edit.heading') : t('news.draft.heading')}</h2>
      <ErrorSummary id={`${id}-summary`} items={[]} messages={messages} summaryRef={summaryRef} />
      {saved ? (
        <p role="status" className="form-success">
          {t('news.draft.saved', { title: saved })}
        </p>
      ) : null}
      <SelectField id={`${id}-organisation`} label={t('news.draft.organisation')} value={text.organisationId} onChange={set('organisationId')}>
        {organisations.map((organisation) => (
          <option key={organisation.id} value={organisation.id}>
            {organisation.name}
          </option>
        ))}
      </SelectField>
      <SelectField id={`${id}-office`} label={t('news.draft.office')} optional value={text.officeId} onChange={set('officeId')}>
        <option value="">{t('news.draft.noOffice')}</option>
        {own.map((office) => (
          <option key={office.id} value={office.id}>
            {office.name}
          </option>
        ))}
      </SelectField>
      <SelectField id={`${id}-topic`} label={t('news.filters.topicField')} optional value={text.topicField} onChange={set('topicField')}>
        <option value="">{t('news.draft.noTopicField')}</option>
        {(topicFields.data ?? []).map((field) => (
          <option key={field.key} value={field.key}>
            {field.title}
          </option>
        ))}
      </SelectField>
      <TextField
        id={`${id}-title`}
        label={t('news.draft.title')}
        value={text.title}
        onChange={set('title')}
        minLength={NEWS_TITLE_LENGTH.min}
        maxLength={NEWS_TITLE_LENGTH.max}
      />
      <TextAreaField
        id={`${id}-teaser`}
        label={t('news.draft.teaser')}
        rows={2}
        value={text.teaser}
        onChange={set('teaser')}
        minLength={NEWS_TEASER_LENGTH.min}
        maxLength={NEWS_TEASER_LENGTH.max}
      />
      <TextAreaField
        id={`${id}-body`}
        label={t('news.draft.body')}
        hint={t('news.draft.bodyHint')}
        rows={8}
        value={text.body}
        onChange={set('body')}
        minLength={NEWS_BODY_LENGTH.min}
        maxLength={NEWS_BODY_LENGTH.max}
      />
      <TextAreaField
        id={`${id}-links`}
        label={t('news.draft.links')}
        hint={t('news.draft.linksHint')}
        optional
        rows={2}
        value={text.links}
        onChange={set('links')}
      />
      <fieldset className="account-form__group">
        <legend>{t('news.draft.media')}</legend>
        <TextField
          id={`${id}-media-title`}
          label={t('news.draft.mediaTitle')}
          optional
          value={media.title}
          onChange={(e) => setMedia({ ...media, title: e.target.value })}
        />
        <TextField
          id={`${id}-media-url`}
          label={t('news.draft.mediaUrl')}
          type="url"
          optional
          value={media.sourceUrl}
          onChange={(e) => setMedia({ ...media, sourceUrl: e.target.value })}
        />
        <TextField
          id={`${id}-media-licence`}
          label={t('news.draft.mediaLicence')}
          optional
          value={media.licence}
          onChange={(e) => setMedia({ ...media, licence: e.target.value })}
        />
        <CheckboxField
          id={`${id}-media-public`}
          label={t('news.draft.mediaPublicFunds')}
          checked={media.publicFunds}
          onChange={(publicFunds) => setMedia({ ...media, publicFunds })}
        />
        <TextField
          id={`${id}-media-by`}
          label={t('news.draft.mediaProducedBy')}
          optional
          value={media.producedBy}
          onChange={(e) => setMedia({ ...media, producedBy: e.target.value })}
        />
      </fieldset>
      <fieldset className="account-form__group">
        <legend>{t('news.draft.promotion')}</legend>
        <CheckboxField
          id={`${id}-promoted`}
          label={t('news.draft.promoted')}
          checked={promotion.promoted}
          onChange={(promoted) => setPromotion({ ...promotion, promoted })}
        />
        {promotion.promoted ? (
          <>
            <TextField
              id={`${id}-euros`}
              label={t('news.draft.euros')}
              inputMode="decimal"
              value={promotion.euros}
              onChange={(e) => setPromotion({ ...promotion, euros: e.target.value })}
            />
            <TextField
              id={`${id}-budget`}
              label={t('news.draft.budgetLine')}
              value={promotion.budgetLine}
              onChange={(e) => setPromotion({ ...promotion, budgetLine: e.target.value })}
            />
          </>
        ) : null}
      </fieldset>
      <SubmitActions pending={pending} label={item ? t('news.edit.save') : t('news.draft.save')} pendingLabel={t('news.draft.saving')}>
        {children}
      </SubmitActions>
    </form>
  );
}

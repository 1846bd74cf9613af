import { AGENDA_ITEM_DESCRIPTION_MAX_LENGTH, TITLE_LENGTH } from '@wiw/domain';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { TextAreaField, TextField } from '../../../components/form/fields';
import type { FieldIssue } from '../../../lib/form/validation';
import { OrganisationPicker } from '../../coordination';
import { emptyAgendaItem, moveAgendaItem, type AgendaValues, type MeetingIssues } from '../editor-form';

interface Props {
  /** Prefix of the field ids (the form's useId). */
  idPrefix: string;
  agenda: readonly AgendaValues[];
  issues: MeetingIssues;
  onChange: (agenda: AgendaValues[]) => void;
  /** Says what happened (a polite live region of the form). */
  announce: (text: string) => void;
}

/** The id of an agenda item's field, for the error summary's links. */
export const agendaFieldId = (idPrefix: string, item: AgendaValues, field: 'title' | 'durationMinutes' | 'up' | 'down' | 'remove') =>
  `${idPrefix}-agenda-${item.key}-${field}`;

/**
 * The agenda as an ordered list of small fieldsets; "nach oben" / "nach unten" buttons reorder it
 * by keyboard (focus stays with the moved item, the new place is announced), no dragging needed.
 */
export function AgendaEditor({ idPrefix, agenda, issues, onChange, announce }: Props) {
  const { t } = useTranslation();
  const issuesOf = (index: number, field: string): FieldIssue[] | undefined => issues[`agenda.${index}.${field}`];
  const update = (index: number, change: Partial<AgendaValues>) => onChange(agenda.map((item, i) => (i === index ? { ...item, ...change } : item)));
  const total = agenda.reduce((sum, item) => sum + (Number.parseInt(item.durationMinutes, 10) || 0), 0);

  const move = (index: number, by: -1 | 1) => {
    const item = agenda[index]!;
    flushSync(() => onChange(moveAgendaItem(agenda, index, by)));
    const position = index + by + 1;
    // The button pressed may now be disabled (first or last place): keep focus on the item's other one.
    const atEdge = position === 1 || position === agenda.length;
    document.getElementById(agendaFieldId(idPrefix, item, atEdge ? (by === -1 ? 'down' : 'up') : by === -1 ? 'up' : 'down'))?.focus();
    announce(
      t('meetingsOrganiser.agenda.moved', { title: item.title.trim() || t('meetingsOrganiser.agenda.item', { number: index + 1 }), position }),
    );
  };
  const remove = (index: number) => {
    flushSync(() => onChange(agenda.filter((_, i) => i !== index)));
    document.getElementById(`${idPrefix}-agenda-add`)?.focus();
    announce(t('meetingsOrganiser.agenda.removed', { number: index + 1 }));
  };
  const add = () => {
    const item = emptyAgendaItem();
    flushSync(() => onChange([...agenda, item]));
    document.getElementById(agendaFieldId(idPrefix, item, 'title'))?.focus();
    announce(t('meetingsOrganiser.agenda.added', { number: agenda.length + 1 }));
  };

  return (
    <fieldset className="account-form__group agenda-editor" id={`${idPrefix}-agenda`} tabIndex={-1} aria-describedby={`${idPrefix}-agenda-hint`}>
      <legend>{t('meetingsOrganiser.agenda.heading')}</legend>
      <p id={`${idPrefix}-agenda-hint`} className="field__hint">
        {t('meetingsOrganiser.agenda.hint')} {agenda.length > 0 ? t('meetingsOrganiser.agenda.total', { minutes: total }) : null}
      </p>
      {issues.agenda ? (
        <p className="field__error" role="alert">
          {issues.agenda.map((issue) => ('message' in issue ? issue.message : '')).join(' ')}
        </p>
      ) : null}
      {agenda.length === 0 ? <p className="muted">{t('meetingsOrganiser.agenda.empty')}</p> : null}
      <ol className="agenda-editor__items">
        {agenda.map((item, index) => {
          const number = index + 1;
          return (
            <li key={item.key}>
              <fieldset className="agenda-editor__item">
                <legend>{t('meetingsOrganiser.agenda.item', { number })}</legend>
                <TextField
                  id={agendaFieldId(idPrefix, item, 'title')}
                  label={t('meetingsOrganiser.agenda.title')}
                  maxLength={TITLE_LENGTH.max}
                  value={item.title}
                  issues={issuesOf(index, 'title')}
                  onChange={(event) => update(index, { title: event.target.value })}
                />
                <TextAreaField
                  id={`${idPrefix}-agenda-${item.key}-description`}
                  label={t('meetingsOrganiser.agenda.description')}
                  optional
                  rows={2}
                  maxLength={AGENDA_ITEM_DESCRIPTION_MAX_LENGTH}
                  value={item.description}
                  onChange={(event) => update(index, { description: event.target.value })}
                />
                <TextField
                  id={agendaFieldId(idPrefix, item, 'durationMinutes')}
                  label={t('meetingsOrganiser.agenda.minutes')}
                  inputMode="numeric"
                  className="input--short"
                  value={item.durationMinutes}
                  issues={issuesOf(index, 'durationMinutes')}
                  onChange={(event) => update(index, { durationMinutes: event.target.value })}
                />
                <fieldset className="agenda-editor__responsible">
                  <legend>{t('meetingsOrganiser.agenda.responsible')}</legend>
                  <OrganisationPicker
                    selectId={`${idPrefix}-agenda-${item.key}-responsible`}
                    value={item.responsible}
                    onChange={(responsible) => update(index, { responsible })}
                    issues={[]}
                  />
                </fieldset>
                <div className="coordination-actions">
                  <button
                    id={agendaFieldId(idPrefix, item, 'up')}
                    type="button"
                    className="button button--secondary"
                    disabled={index === 0}
                    onClick={() => move(index, -1)}
                  >
                    {t('meetingsOrganiser.agenda.up', { number })}
                  </button>
                  <button
                    id={agendaFieldId(idPrefix, item, 'down')}
                    type="button"
                    className="button button--secondary"
                    disabled={index === agenda.length - 1}
                    onClick={() => move(index, 1)}
                  >
                    {t('meetingsOrganiser.agenda.down', { number })}
                  </button>
                  <button
                    id={agendaFieldId(idPrefix, item, 'remove')}
                    type="button"
                    className="button button--secondary"
                    onClick={() => remove(index)}
                  >
                    {t('meetingsOrganiser.agenda.remove', { number })}
                  </button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <button id={`${idPrefix}-agenda-add`} type="button" className="button button--secondary" onClick={add}>
        {t('meetingsOrganiser.agenda.add')}
      </button>
    </fieldset>
  );
}

import { SEARCH_MAX_LENGTH } from '@wiw/domain';
import { useState, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { SkillOptionFieldsFragment } from '../../../gql/graphql';
import { errorMessage } from '../../../lib/error-message';
import { useDebouncedSearch } from '../../../lib/use-debounced-search';
import { TextField } from '../../../components/form/fields';
import { type FieldIssue } from '../../../lib/form/validation';
import { normaliseSearch } from '../../../lib/search';
import { useSkillSearch } from '../hooks/use-skill-search';

export type SkillOption = SkillOptionFieldsFragment;

interface Props {
  /** Id of the text box (labels, the error summary and focus after a removal point here). */
  id: string;
  label: string;
  hint?: ReactNode;
  issues?: readonly FieldIssue[];
  inputRef?: Ref<HTMLInputElement>;
  /** Skills chosen already: shown as such, not offered again. */
  chosenIds: readonly string[];
  /** When no more skills may be added: the box is disabled and says why. */
  fullText?: string;
  onPick: (skill: SkillOption) => void;
}

/** A synonym that contains the search but the label does not ("SPS" for "Speicherprogrammierbare Steuerung"). */
function matchedSynonym(skill: SkillOption, search: string): string | null {
  const term = search.toLocaleLowerCase();
  if (!term || skill.label.toLocaleLowerCase().includes(term)) return null;
  return skill.synonyms.find((synonym) => synonym.toLocaleLowerCase().includes(term)) ?? null;
}

/**
 * Type-ahead over the skill taxonomy as an ARIA 1.2 combobox: typing searches (debounced) labels
 * and synonyms, ↓/↑ move through the suggestions, Enter takes one, Escape closes the list (or
 * empties the box); a click works as well. The number of suggestions is announced politely.
 */
export function SkillCombobox({ id, label, hint, issues, inputRef, chosenIds, fullText, onPick }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const box = useDebouncedSearch(search, (value) => setSearch(normaliseSearch(value)));
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const results = useSkillSearch(search);
  const options = search ? (results.data?.skills ?? []) : [];
  const listboxId = `${id}-listbox`;
  const optionId = (index: number) => `${id}-option-${index}`;
  const expanded = open && options.length > 0;

  const pick = (skill: SkillOption) => {
    if (chosenIds.includes(skill.id)) return;
    onPick(skill);
    box.clear();
    setSearch('');
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        if (!expanded) {
          setOpen(true);
          setActive(event.key === 'ArrowDown' ? 0 : options.length - 1);
          return;
        }
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActive((current) => (current + step + options.length) % options.length);
        return;
      }
      case 'Enter': {
        // Enter never submits the surrounding form from here: it takes a suggestion or searches now.
        event.preventDefault();
        const skill = expanded ? options[active] : undefined;
        if (skill) pick(skill);
        else {
          box.commitNow();
          setOpen(true);
        }
        return;
      }
      case 'Escape':
        if (expanded) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (box.text) {
          event.preventDefault();
          box.clear();
          setSearch('');
        }
        return;
      default:
    }
  };

  let status = '';
  if (fullText) status = fullText;
  else if (search && results.isError) status = `${t('matchmaking.skillPicker.searchFailed')} ${errorMessage(results.error, t)}`;
  else if (search && results.isFetching && options.length === 0) status = t('matchmaking.skillPicker.searching');
  else if (search && results.isSuccess && options.length === 0) status = t('matchmaking.skillPicker.noResults', { search });
  else if (expanded) status = t('matchmaking.skillPicker.suggestions', { count: options.length });

  return (
    <div className="skill-combobox">
      <TextField
        id={id}
        inputRef={inputRef}
        label={label}
        hint={hint}
        issues={issues}
        required={false}
        type="search"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listboxId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        autoComplete="off"
        spellCheck={false}
        maxLength={SEARCH_MAX_LENGTH}
        disabled={Boolean(fullText)}
        value={box.text}
        onChange={(event) => {
          box.onInput(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <ul
        id={listboxId}
        role="listbox"
        aria-label={t('matchmaking.skillPicker.suggestionsLabel')}
        className="skill-combobox__listbox"
        hidden={!expanded}
      >
        {options.map((skill, index) => {
          const chosen = chosenIds.includes(skill.id);
          const synonym = matchedSynonym(skill, search);
          return (
            <li
              key={skill.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              aria-disabled={chosen || undefined}
              className={`skill-combobox__option${index === active ? ' skill-combobox__option--active' : ''}`}
              // Keep the focus in the text box.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => pick(skill)}
            >
              <span className="skill-combobox__label">{skill.label}</span>
              <span className="skill-combobox__meta">
                {t(`matchmaking.skillCategory.${skill.category}`)}
                {synonym ? ` · ${t('matchmaking.skillPicker.synonym', { synonym })}` : null}
                {chosen ? ` · ${t('matchmaking.skillPicker.chosen')}` : null}
              </span>
            </li>
          );
        })}
      </ul>
      <p role="status" className={status ? 'skill-combobox__status' : 'visually-hidden'}>
        {status}
      </p>
    </div>
  );
}

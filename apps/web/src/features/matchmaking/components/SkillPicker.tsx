import { ENTRY_SKILLS } from '@wiw/domain';
import { useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { type FieldIssue } from '../../../lib/form/validation';
import { type ChosenSkill } from '../entry-form';
import { SKILL_LEVELS, SKILL_WEIGHTS } from '../enums';
import type { EntrySide } from '../paths';
import { SkillCombobox } from './SkillCombobox';

interface Props {
  /** Id of the search box; the error summary links here. */
  id: string;
  side: EntrySide;
  value: readonly ChosenSkill[];
  onChange: (skills: ChosenSkill[]) => void;
  issues?: readonly FieldIssue[];
}

/**
 * The skills of a need or an offer: a type-ahead adds skills (1 to 30), each chosen skill has a
 * level and, for needs, required or nice to have; removing one returns focus to the search box.
 */
export function SkillPicker({ id, side, value, onChange, issues }: Props) {
  const { t } = useTranslation();
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [announcement, setAnnouncement] = useState('');

  const update = (skillId: string, patch: Partial<ChosenSkill>) =>
    onChange(value.map((skill) => (skill.id === skillId ? { ...skill, ...patch } : skill)));

  const remove = (skill: ChosenSkill) => {
    flushSync(() => {
      onChange(value.filter((candidate) => candidate.id !== skill.id));
      setAnnouncement(t('matchmaking.skillPicker.removed', { label: skill.label }));
    });
    inputRef.current?.focus();
  };

  return (
    <div className="skill-picker">
      <SkillCombobox
        id={id}
        inputRef={inputRef}
        label={t('matchmaking.skillPicker.label')}
        hint={t(side === 'need' ? 'matchmaking.skillPicker.hintNeed' : 'matchmaking.skillPicker.hintOffer', { max: ENTRY_SKILLS.max })}
        issues={issues}
        chosenIds={value.map((skill) => skill.id)}
        fullText={value.length >= ENTRY_SKILLS.max ? t('matchmaking.skillPicker.full', { max: ENTRY_SKILLS.max }) : undefined}
        onPick={(skill) => {
          onChange([...value, { id: skill.id, label: skill.label, level: 'INTERMEDIATE', weight: 'REQUIRED' }]);
          setAnnouncement(t('matchmaking.skillPicker.added', { label: skill.label }));
        }}
      />
      <p id={`${listId}-heading`} className="skill-picker__heading">
        {t('matchmaking.skillPicker.chosenHeading', { count: value.length })}
      </p>
      {value.length === 0 ? (
        <p className="muted">{t('matchmaking.skillPicker.none')}</p>
      ) : (
        <ul className="chosen-skills" aria-labelledby={`${listId}-heading`}>
          {value.map((skill) => (
            <li key={skill.id} className="chosen-skills__item">
              <span className="chosen-skills__label">{skill.label}</span>
              <SkillSetting
                id={`${listId}-${skill.id}-level`}
                label={t('matchmaking.skillPicker.level')}
                skillLabel={skill.label}
                value={skill.level}
                options={SKILL_LEVELS.map((level) => ({ value: level, text: t(`matchmaking.skillLevel.${level}`) }))}
                onChange={(level) => update(skill.id, { level })}
              />
              {side === 'need' ? (
                <SkillSetting
                  id={`${listId}-${skill.id}-weight`}
                  label={t('matchmaking.skillPicker.weight')}
                  skillLabel={skill.label}
                  value={skill.weight}
                  options={SKILL_WEIGHTS.map((weight) => ({ value: weight, text: t(`matchmaking.skillWeight.${weight}`) }))}
                  onChange={(weight) => update(skill.id, { weight })}
                />
              ) : null}
              <button type="button" className="button button--ghost" onClick={() => remove(skill)}>
                {t('matchmaking.skillPicker.remove')}
                <span className="visually-hidden"> {skill.label}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </div>
  );
}

interface SettingProps<T extends string> {
  id: string;
  label: string;
  skillLabel: string;
  value: T;
  options: ReadonlyArray<{ value: T; text: string }>;
  onChange: (value: T) => void;
}

/** One select of a chosen skill ("Niveau", "Gewichtung"), named with the skill for screen readers. */
function SkillSetting<T extends string>({ id, label, skillLabel, value, options, onChange }: SettingProps<T>) {
  const { t } = useTranslation();
  return (
    <span className="field chosen-skills__control">
      <label htmlFor={id}>
        {label}
        <span className="visually-hidden"> {t('matchmaking.skillPicker.forSkill', { label: skillLabel })}</span>
      </label>
      <select id={id} value={value} onChange={(event) => onChange(options.find((option) => option.value === event.target.value)?.value ?? value)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.text}
          </option>
        ))}
      </select>
    </span>
  );
}

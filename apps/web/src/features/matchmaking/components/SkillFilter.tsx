import { FILTER_MAX_SKILLS } from '@wiw/domain';
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { useLanguage } from '../../../lib/use-language';
import { knownSkillLabel, rememberSkills, useKnownSkills } from '../hooks/use-skill-search';
import { SkillCombobox } from './SkillCombobox';

interface Props {
  skillIds: readonly string[];
  onChange: (skillIds: string[]) => void;
}

/** The board's skill filter: several skills (at most 10) from the type-ahead, each removable. */
export function SkillFilter({ skillIds, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const inputRef = useRef<HTMLInputElement>(null);
  const known = useKnownSkills(skillIds);

  return (
    <div className="skill-filter">
      <SkillCombobox
        id={`${id}-search`}
        inputRef={inputRef}
        label={t('matchmaking.filters.skills')}
        hint={t('matchmaking.filters.skillsHint', { max: FILTER_MAX_SKILLS })}
        chosenIds={skillIds}
        fullText={skillIds.length >= FILTER_MAX_SKILLS ? t('matchmaking.skillPicker.full', { max: FILTER_MAX_SKILLS }) : undefined}
        onPick={(skill) => {
          rememberSkills(queryClient, [skill]);
          onChange([...skillIds, skill.id]);
        }}
      />
      {skillIds.length > 0 ? (
        <ul className="skill-filter__chosen" aria-label={t('matchmaking.filters.chosenSkills')}>
          {skillIds.map((skillId, index) => {
            const skill = known[index];
            const label = skill ? knownSkillLabel(skill, language) : t('matchmaking.filters.unknownSkill');
            return (
              <li key={skillId} className="skill-chip">
                <span className="skill-chip__label">{label}</span>
                <button
                  type="button"
                  className="skill-chip__remove"
                  aria-label={t('matchmaking.filters.removeSkill', { label })}
                  onClick={() => {
                    onChange(skillIds.filter((candidate) => candidate !== skillId));
                    inputRef.current?.focus();
                  }}
                >
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}

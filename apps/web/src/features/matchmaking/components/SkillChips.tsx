import { useTranslation } from 'react-i18next';
import type { EntrySkill } from '../entry-view';

/**
 * The skills of an entry with their level and, for needs, whether required ("Pflicht") or nice
 * to have ("Wunsch") — said in words, the colour only repeats it.
 */
export function SkillChips({ skills, label }: { skills: readonly EntrySkill[]; label: string }) {
  const { t } = useTranslation();
  if (skills.length === 0) return null;
  return (
    <ul className="skill-chips" aria-label={label}>
      {skills.map((skill) => (
        <li key={skill.id} className={`skill-chip${skill.weight === 'NICE_TO_HAVE' ? ' skill-chip--optional' : ''}`}>
          <span className="skill-chip__label">{skill.label}</span>
          <span className="skill-chip__level">{t(`matchmaking.skillLevel.${skill.level}`)}</span>
          {skill.weight ? <span className="skill-chip__weight">{t(`matchmaking.skillWeight.${skill.weight}`)}</span> : null}
        </li>
      ))}
    </ul>
  );
}

import { keepPreviousData, skipToken, useQueries, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { Language } from '../../../i18n';
import { request } from '../../../lib/graphql-client';
import { useLanguage } from '../../../lib/use-language';
import { SkillSearchDocument } from '../graphql/documents';

/** The picker shows this many suggestions. */
export const SKILL_SUGGESTIONS = 10;

export const skillSearchQueryKey = (language: Language, search: string) => ['skillSearch', language, search] as const;

/** A skill whose labels are known in both languages. */
export interface KnownSkill {
  id: string;
  labelDe: string;
  labelEn: string;
}

/**
 * The API has no lookup of skills by id: skills seen in the picker are kept here (by id, both
 * labels), so the board's skill filter can name the skills in its URL.
 */
export const knownSkillQueryKey = (id: string) => ['knownSkill', id] as const;

export function rememberSkills(queryClient: QueryClient, skills: readonly KnownSkill[]): void {
  for (const { id, labelDe, labelEn } of skills) queryClient.setQueryData(knownSkillQueryKey(id), { id, labelDe, labelEn });
}

/** The remembered skills of `ids` (undefined where unknown), re-rendering when one becomes known. */
export function useKnownSkills(ids: readonly string[]): Array<KnownSkill | undefined> {
  return useQueries({
    queries: ids.map((id) => ({ queryKey: knownSkillQueryKey(id), queryFn: skipToken, staleTime: Infinity, gcTime: Infinity })),
    combine: (results) => results.map((result) => result.data as KnownSkill | undefined),
  });
}

export function knownSkillLabel(skill: KnownSkill, language: Language): string {
  return language === 'en' ? skill.labelEn : skill.labelDe;
}

/** Up to ten skills whose labels or synonyms contain the search words (nothing for an empty search). */
export function useSkillSearch(search: string) {
  const language = useLanguage();
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: skillSearchQueryKey(language, search),
    queryFn: async ({ signal }) => {
      const data = await request(SkillSearchDocument, { search, first: SKILL_SUGGESTIONS }, { language, signal });
      const skills = data.skills.edges.map((edge) => edge.node);
      rememberSkills(queryClient, skills);
      return { skills, totalCount: data.skills.totalCount };
    },
    enabled: search !== '',
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
}

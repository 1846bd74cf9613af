import { useQueries } from '@tanstack/react-query';
import type { OrganisationKind } from '../../../gql/graphql';
import { useLanguage } from '../../../lib/use-language';
import { useMyOrganisations } from '../../my-organisations';
import { organisationQuery } from '../../organisations';

/** One of my organisations, as the forms need it: may it post needs, where is it, may it publish. */
export interface PostingOrganisation {
  id: string;
  name: string;
  verified: boolean;
  /** Null while unknown (its profile did not load). */
  kind: OrganisationKind | null;
  municipalityId: string | null;
}

/**
 * My organisations with their kind and seat. `myOrganisations` does not carry the kind, so each
 * organisation's profile is read as well (members see their own unverified organisation too).
 */
export function usePostingOrganisations() {
  const language = useLanguage();
  const mine = useMyOrganisations();
  const profiles = useQueries({
    queries: (mine.data ?? []).map((organisation) => organisationQuery(language, organisation.id)),
  });
  const organisations: PostingOrganisation[] = (mine.data ?? []).map((organisation, index) => {
    const profile = profiles[index]?.data?.organisation;
    return {
      id: organisation.id,
      name: organisation.name,
      verified: organisation.verified,
      kind: profile?.kind ?? null,
      municipalityId: profile?.municipality.id ?? null,
    };
  });
  return {
    organisations,
    isPending: mine.isPending || profiles.some((profile) => profile.isPending),
    error: mine.error,
    refetch: () => void mine.refetch(),
  };
}

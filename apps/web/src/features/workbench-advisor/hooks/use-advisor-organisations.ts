import { useQueries, useQuery } from '@tanstack/react-query';
import type { OrganisationKind } from '../../../gql/graphql';
import { request } from '../../../lib/graphql-client';
import { useLanguage } from '../../../lib/use-language';
import { AdvisorOrganisationProfileDocument, AdvisorOrganisationsDocument } from '../graphql/documents';
import { ADVISOR_QUERY_ROOT } from './query-root';

/** One of my organisations and whether formats may be offered for it. */
export interface AdvisorOrganisation {
  id: string;
  name: string;
  verified: boolean;
  /** Null while unknown (its profile did not load). */
  kind: OrganisationKind | null;
  isMember: boolean;
}

/** Formats are offered for an advisory firm or a member organisation of the partnership (as the API checks). */
export const mayOfferFormats = (organisation: AdvisorOrganisation) => organisation.isMember || organisation.kind === 'ADVISORY';

/**
 * My organisations with their kind and membership. `myOrganisations` does not carry them, so each
 * organisation's profile is read as well (members see their own unverified organisation too).
 */
export function useAdvisorOrganisations() {
  const language = useLanguage();
  const mine = useQuery({
    queryKey: [...ADVISOR_QUERY_ROOT, 'organisations', language],
    queryFn: ({ signal }) => request(AdvisorOrganisationsDocument, {}, { language, signal }),
    select: (data) => data.myOrganisations,
  });
  const profiles = useQueries({
    queries: (mine.data ?? []).map((organisation) => ({
      queryKey: [...ADVISOR_QUERY_ROOT, 'organisationProfile', language, organisation.id],
      queryFn: ({ signal }: { signal: AbortSignal }) => request(AdvisorOrganisationProfileDocument, { id: organisation.id }, { language, signal }),
    })),
  });
  const organisations: AdvisorOrganisation[] = (mine.data ?? []).map((organisation, index) => {
    const profile = profiles[index]?.data?.organisation;
    return {
      id: organisation.id,
      name: organisation.name,
      verified: organisation.verified,
      kind: profile?.kind ?? null,
      isMember: profile?.isMember ?? false,
    };
  });
  const failedProfile = profiles.find((profile) => profile.isError);
  return {
    organisations,
    isPending: mine.isPending || profiles.some((profile) => profile.isPending),
    error: mine.error ?? failedProfile?.error ?? null,
    refetch: () => {
      void mine.refetch();
      for (const profile of profiles) if (profile.isError) void profile.refetch();
    },
  };
}

import type { CreateNeedInput, NeedInput, NeedOutcome } from '../../../gql/graphql';
import { request } from '../../../lib/graphql-client';
import { CloseNeedDocument, CreateNeedDocument, PublishNeedDocument, RenewNeedDocument, UpdateNeedDocument } from '../graphql/documents';
import { useMatchmakingMutation } from './query-root';

/** A new need as DRAFT for a company I belong to; resolves with its id. */
export const useCreateNeed = () =>
  useMatchmakingMutation(async (input: CreateNeedInput, language) => (await request(CreateNeedDocument, { input }, { language })).createNeed.id);

/** Replaces what a draft or open need says. */
export const useUpdateNeed = () =>
  useMatchmakingMutation(
    async ({ id, input }: { id: string; input: NeedInput }, language) =>
      (await request(UpdateNeedDocument, { id, input }, { language })).updateNeed.id,
  );

/** DRAFT → OPEN for 90 days (ORGANISATION_NOT_VERIFIED until the joint office verified the company). */
export const usePublishNeed = () =>
  useMatchmakingMutation(async (id: string, language) => (await request(PublishNeedDocument, { id }, { language })).publishNeed);

/** Keeps an open need open for another 90 days from now. */
export const useRenewNeed = () =>
  useMatchmakingMutation(async (id: string, language) => (await request(RenewNeedDocument, { id }, { language })).renewNeed);

/** Ends a need: FILLED (found) or CLOSED (withdrawn). */
export const useCloseNeed = () =>
  useMatchmakingMutation(
    async ({ id, outcome }: { id: string; outcome: NeedOutcome }, language) =>
      (await request(CloseNeedDocument, { id, outcome }, { language })).closeNeed,
  );

import type { CreateOfferInput, OfferInput } from '../../../gql/graphql';
import { request } from '../../../lib/graphql-client';
import { CloseOfferDocument, CreateOfferDocument, PublishOfferDocument, UpdateOfferDocument } from '../graphql/documents';
import { useMatchmakingMutation } from './query-root';

/** A new offer as DRAFT, for an organisation I belong to or (TALENT) my own; resolves with its id. */
export const useCreateOffer = () =>
  useMatchmakingMutation(async (input: CreateOfferInput, language) => (await request(CreateOfferDocument, { input }, { language })).createOffer.id);

/** Replaces what a draft or open offer says. */
export const useUpdateOffer = () =>
  useMatchmakingMutation(
    async ({ id, input }: { id: string; input: OfferInput }, language) =>
      (await request(UpdateOfferDocument, { id, input }, { language })).updateOffer.id,
  );

/** DRAFT → OPEN (an organisation's offer needs a verified organisation). */
export const usePublishOffer = () =>
  useMatchmakingMutation(async (id: string, language) => (await request(PublishOfferDocument, { id }, { language })).publishOffer);

/** Withdraws a draft or open offer (CLOSED). */
export const useCloseOffer = () =>
  useMatchmakingMutation(async (id: string, language) => (await request(CloseOfferDocument, { id }, { language })).closeOffer);

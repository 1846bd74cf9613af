import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { BookDeskInput, CancelDeskBookingInput, UpdateCoworkingPlaceInput } from '../../../gql/graphql';
import type { Language } from '../../../i18n';
import { request } from '../../../lib/graphql-client';
import { useLanguage } from '../../../lib/use-language';
import {
  BookDeskDocument,
  CancelDeskBookingDocument,
  CoworkingMunicipalitiesDocument,
  CoworkingPlaceDocument,
  CoworkingPlacesDocument,
  MyDeskBookingsDocument,
  UpdateCoworkingPlaceDocument,
} from '../graphql/documents';

/** Every query of the co-working area: a booking changes the desks left and "Meine Termine" at once. */
export const COWORKING_QUERY_ROOT = ['coworking'] as const;

export const placesQueryKey = (language: Language, near: string | null) => [...COWORKING_QUERY_ROOT, 'places', language, near] as const;

/** The directory, nearest first from `near` (a municipality id) when given. */
export function usePlaces(near: string | null) {
  const language = useLanguage();
  return useQuery({
    queryKey: placesQueryKey(language, near),
    queryFn: ({ signal }) => request(CoworkingPlacesDocument, { near }, { language, signal }),
    select: (data) => data.coworkingPlaces,
  });
}

/** One place with the desks left on a Berlin day. */
export function usePlace(id: string, date: string) {
  const language = useLanguage();
  return useQuery({
    queryKey: [...COWORKING_QUERY_ROOT, 'place', language, id, date] as const,
    queryFn: ({ signal }) => request(CoworkingPlaceDocument, { id, date }, { language, signal }),
    select: (data) => data.coworkingPlace,
    placeholderData: (previous) => previous,
  });
}

/** The partnership's regions and municipalities with coordinates: the map and the "near me" choice. */
export function useCoworkingMunicipalities() {
  const language = useLanguage();
  return useQuery({
    queryKey: [...COWORKING_QUERY_ROOT, 'municipalities', language] as const,
    queryFn: ({ signal }) => request(CoworkingMunicipalitiesDocument, {}, { language, signal }),
    select: (data) => data.regions.filter((region) => region.side !== null && region.municipalities.length > 0),
    staleTime: 10 * 60_000,
  });
}

/** My desk days: today and later, or past ones. */
export function useMyDeskBookings(past: boolean) {
  const language = useLanguage();
  return useQuery({
    queryKey: [...COWORKING_QUERY_ROOT, 'mine', language, past] as const,
    queryFn: ({ signal }) => request(MyDeskBookingsDocument, { past }, { language, signal }),
    select: (data) => data.myDeskBookings,
  });
}

function useCoworkingMutation<V, R>(mutate: (variables: V, language: Language) => Promise<R>) {
  const language = useLanguage();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: V) => mutate(variables, language),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: COWORKING_QUERY_ROOT });
    },
  });
}

export const useBookDesk = () =>
  useCoworkingMutation(async (input: BookDeskInput, language) => (await request(BookDeskDocument, { input }, { language })).bookDesk);

export const useCancelDesk = () =>
  useCoworkingMutation(
    async (input: CancelDeskBookingInput, language) => (await request(CancelDeskBookingDocument, { input }, { language })).cancelDeskBooking,
  );

/** The operator's members change their place. */
export const useUpdatePlace = () =>
  useCoworkingMutation(
    async (input: UpdateCoworkingPlaceInput, language) => (await request(UpdateCoworkingPlaceDocument, { input }, { language })).updateCoworkingPlace,
  );

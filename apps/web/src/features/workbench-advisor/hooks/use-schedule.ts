import type { AttendanceStatus } from '../../../gql/graphql';
import type { Language } from '../../../i18n';
import { request } from '../../../lib/graphql-client';
import {
  AdvisorCancelBookingDocument,
  AdvisorMarkAttendanceDocument,
  AdvisorNextSlotStartDocument,
  AdvisorScheduleDocument,
} from '../graphql/documents';
import { ADVISOR_QUERY_ROOT, useAdvisorMutation, useAdvisorQuery } from './query-root';

export const scheduleQueryKey = (language: Language, from: string, to: string) => [...ADVISOR_QUERY_ROOT, 'schedule', language, from, to] as const;

/** My slots with their bookings on the Berlin days from..to (at most 42 days); `enabled: false` waits. */
export const useSchedule = (from: string, to: string, { enabled = true }: { enabled?: boolean } = {}) =>
  useAdvisorQuery(
    (language) => scheduleQueryKey(language, from, to),
    (language, signal) => request(AdvisorScheduleDocument, { from, to }, { language, signal }),
    (data) => data.advisorSchedule,
    { enabled },
  );

/** The start of my next scheduled slot that is not over, or null: the week the calendar opens on. */
export const useNextSlotStart = ({ enabled }: { enabled: boolean }) =>
  useAdvisorQuery(
    (language) => [...ADVISOR_QUERY_ROOT, 'next-slot', language],
    (language, signal) => request(AdvisorNextSlotStartDocument, {}, { language, signal }),
    (data) => data.advisorNextSlotStart,
    { enabled },
  );

/** ATTENDED or NO_SHOW, from the start of the booking on (ATTENDANCE_TOO_EARLY before). */
export const useMarkAttendance = () =>
  useAdvisorMutation(
    async ({ id, status }: { id: string; status: AttendanceStatus }, language) =>
      (await request(AdvisorMarkAttendanceDocument, { id, status }, { language })).markAttendance,
  );

/** The advisor cancels at any time before the end, with a reason the company reads. */
export const useCancelBooking = () =>
  useAdvisorMutation(
    async ({ id, reason }: { id: string; reason: string }, language) =>
      (await request(AdvisorCancelBookingDocument, { input: { id, reason } }, { language })).cancelBooking,
  );

import { registerEnumType } from '@nestjs/graphql';
import { AvailabilityExceptionKind, BookingStatus, ConsultationMode, FormatStatus } from '@wiw/db';

registerEnumType(ConsultationMode, {
  name: 'ConsultationMode',
  description: 'ONSITE at an address, or REMOTE with a meeting link shown only to booked participants.',
});
registerEnumType(FormatStatus, { name: 'FormatStatus', description: 'ARCHIVED formats take no new bookings; existing ones stay.' });
registerEnumType(AvailabilityExceptionKind, {
  name: 'AvailabilityExceptionKind',
  description: 'ABSENCE removes time (the whole day without times); EXTRA adds time.',
});
registerEnumType(BookingStatus, { name: 'BookingStatus', description: 'CONFIRMED → CANCELLED, or after the start ATTENDED | NO_SHOW.' });

export enum AttendanceStatus {
  ATTENDED = 'ATTENDED',
  NO_SHOW = 'NO_SHOW',
}
registerEnumType(AttendanceStatus, { name: 'AttendanceStatus' });

export enum BookingScope {
  UPCOMING = 'UPCOMING',
  PAST = 'PAST',
}
registerEnumType(BookingScope, { name: 'BookingScope', description: 'UPCOMING: from now on, soonest first; PAST: earlier ones, latest first.' });

export { AvailabilityExceptionKind, BookingStatus, ConsultationMode, FormatStatus };

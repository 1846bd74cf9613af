import { registerEnumType } from '@nestjs/graphql';
import {
  MeetingAttendance,
  MeetingFormat,
  MeetingInvitationAnswer,
  MeetingKind,
  MeetingRegistrationStatus,
  MeetingStatus,
  MeetingVisibility,
} from '@wiw/db';

registerEnumType(MeetingKind, {
  name: 'MeetingKind',
  description: "Steering round, mayors' meeting, Denkraum workshop, initiative meetup or public event.",
});
registerEnumType(MeetingFormat, {
  name: 'MeetingFormat',
  description: 'IN_PERSON at a place, ONLINE with a link shown only to organisers and registered participants, or HYBRID (both).',
});
registerEnumType(MeetingVisibility, {
  name: 'MeetingVisibility',
  description: "PUBLIC for everyone, PARTNERSHIP for members of the partnership's organisations, INVITED for the organisers and invitees.",
});
registerEnumType(MeetingStatus, { name: 'MeetingStatus' });
registerEnumType(MeetingRegistrationStatus, {
  name: 'MeetingRegistrationStatus',
  description: 'REGISTERED holds a seat; WAITLISTED moves up in order of arrival when a seat is freed; CANCELLED by the participant.',
});

registerEnumType(MeetingInvitationAnswer, {
  name: 'MeetingInvitationAnswer',
  description: 'OPEN until answered; YES, NO, or DEPUTY (another member of the organisation goes).',
});

registerEnumType(MeetingAttendance, { name: 'MeetingAttendance', description: 'PRESENT (marked or checked in by code) or ABSENT.' });

export { MeetingAttendance, MeetingFormat, MeetingInvitationAnswer, MeetingKind, MeetingRegistrationStatus, MeetingStatus, MeetingVisibility };

import { MEETING_OPERATIONS } from './authorization-operations-meetings';
import { NO_ID, enumValue, mutationFor, queryFor } from './authorization-documents';
import { PUBLICATION_OPERATIONS } from './authorization-operations-publications';

/** What a consultation format says (create adds its owner). */
const FORMAT_INPUT = {
  title: 'Format',
  description: '',
  topicField: enumValue('RECOVERY'),
  durationMinutes: 60,
  mode: enumValue('REMOTE'),
  meetingLink: 'https://meet.example.org/x',
  capacity: 1,
};

/**
 * Who may call what: one row per root operation of the schema, one column per kind of caller.
 * "public" = anyone, "signed-in" = any live session, or a list of platform roles. The test fails
 * when the schema gains an operation that is missing here, so nothing new ships unprotected.
 */
export type Access = 'public' | 'signed-in' | readonly string[];
export interface Operation {
  access: Access;
  document: string;
  variables?: Record<string, unknown>;
}

export const OPERATIONS: Record<string, Operation> = {
  ...MEETING_OPERATIONS,
  ...PUBLICATION_OPERATIONS,
  'Query.topicFields': { access: 'public', document: '{ topicFields { key } }' },
  'Query.topicField': { access: 'public', document: queryFor('topicField', { key: 'RECOVERY' }, '{ key }') },
  'Query.organisations': { access: 'public', document: queryFor('organisations', { first: 1 }, '{ totalCount }') },
  'Query.organisation': { access: 'public', document: queryFor('organisation', { id: NO_ID }) },
  'Query.demoData': { access: 'public', document: '{ demoData }' },
  'Query.regions': { access: 'public', document: '{ regions { key } }' },
  'Query.me': { access: 'public', document: '{ me { id } }' },
  'Query.mySessions': { access: 'signed-in', document: '{ mySessions { id } }' },
  'Query.auditEvents': { access: ['COORDINATOR', 'ADMIN'], document: queryFor('auditEvents', { first: 1 }, '{ totalCount }') },
  'Query.mailOutbox': { access: ['COORDINATOR', 'ADMIN'], document: '{ mailOutbox { failed } }' },
  'Mutation.retryMail': { access: ['COORDINATOR', 'ADMIN'], document: mutationFor('retryMail', { id: NO_ID }) },
  'Mutation.signUp': {
    access: 'public',
    document: 'mutation($input: SignUpInput!) { signUp(input: $input) { email } }',
    variables: {
      input: {
        email: 'x',
        password: 'x',
        name: 'x',
        organisation: { name: 'xx', kind: 'COMPANY', municipalityId: NO_ID },
      },
    },
  },
  'Mutation.verifyEmail': { access: 'public', document: mutationFor('verifyEmail', { token: 'nope' }, null) },
  'Mutation.signIn': { access: 'public', document: mutationFor('signIn', { input: { email: 'matrix@example.org', password: 'falsch falsch' } }) },
  'Mutation.requestPasswordReset': {
    access: 'public',
    document: mutationFor('requestPasswordReset', { input: { email: 'matrix@example.org' } }, null),
  },
  'Mutation.resetPassword': { access: 'public', document: mutationFor('resetPassword', { input: { token: 'nope', password: 'x' } }, null) },
  'Mutation.signOut': { access: 'signed-in', document: 'mutation { signOut }' },
  'Mutation.revokeSession': { access: 'signed-in', document: mutationFor('revokeSession', { id: NO_ID }, null) },
  'Mutation.changePassword': {
    access: 'signed-in',
    document: mutationFor('changePassword', { input: { currentPassword: 'falsch', newPassword: 'x' } }, null),
  },
  'Mutation.updateMyProfile': { access: 'signed-in', document: mutationFor('updateMyProfile', { input: {} }) },
  'Mutation.verifyOrganisation': {
    access: ['COORDINATOR', 'ADMIN'],
    document: mutationFor('verifyOrganisation', { id: NO_ID }),
  },
  'Mutation.grantRole': {
    access: ['COORDINATOR', 'ADMIN'],
    document: mutationFor('grantRole', { userId: NO_ID, role: enumValue('ADVISOR') }, null),
  },
  'Mutation.withdrawRole': {
    access: ['COORDINATOR', 'ADMIN'],
    document: mutationFor('withdrawRole', { userId: NO_ID, role: enumValue('ADVISOR') }, null),
  },
  'Query.myOrganisations': { access: 'signed-in', document: '{ myOrganisations { id } }' },
  'Mutation.inviteMember': {
    access: 'signed-in',
    document: mutationFor('inviteMember', { input: { organisationId: NO_ID, email: 'x@example.org' } }, null),
  },
  'Mutation.acceptInvitation': { access: 'signed-in', document: mutationFor('acceptInvitation', { token: 'nope' }, null) },
  'Mutation.signUpWithInvitation': {
    access: 'public',
    document: mutationFor('signUpWithInvitation', { input: { token: 'nope', name: 'x', password: 'x' } }, null),
  },
  'Mutation.removeMember': {
    access: 'signed-in',
    document: mutationFor('removeMember', { organisationId: NO_ID, userId: NO_ID }, null),
  },
  'Query.skills': { access: 'public', document: queryFor('skills', { first: 1 }, '{ totalCount }') },
  'Query.needs': { access: 'public', document: queryFor('needs', { first: 1 }, '{ totalCount }') },
  'Query.need': { access: 'public', document: queryFor('need', { id: NO_ID }) },
  'Query.offers': { access: 'public', document: queryFor('offers', { first: 1 }, '{ totalCount }') },
  'Query.offer': { access: 'public', document: queryFor('offer', { id: NO_ID }) },
  'Query.myNeeds': { access: 'signed-in', document: '{ myNeeds { id } }' },
  'Query.myOffers': { access: 'signed-in', document: '{ myOffers { id } }' },
  'Query.needMatches': { access: 'signed-in', document: queryFor('needMatches', { needId: NO_ID }, '{ score }') },
  'Query.offerMatches': { access: 'signed-in', document: queryFor('offerMatches', { offerId: NO_ID }, '{ score }') },
  'Query.contactRequests': { access: 'signed-in', document: queryFor('contactRequests', { box: enumValue('INBOX'), first: 1 }, '{ totalCount }') },
  'Mutation.createNeed': {
    access: 'signed-in',
    document: 'mutation($input: CreateNeedInput!) { createNeed(input: $input) { id } }',
    variables: {
      input: {
        organisationId: NO_ID,
        title: 'Bedarf',
        description: '',
        headcount: 1,
        kind: 'PROJECT',
        municipalityId: NO_ID,
        remoteMode: 'REMOTE',
        topicField: 'IT_COMPETENCE',
        skills: [{ skillId: NO_ID, weight: 'REQUIRED', level: 'BASIC' }],
      },
    },
  },
  'Mutation.updateNeed': {
    access: 'signed-in',
    document: `mutation($input: NeedInput!) { updateNeed(id: "${NO_ID}", input: $input) { id } }`,
    variables: {
      input: {
        title: 'Bedarf',
        description: '',
        headcount: 1,
        kind: 'PROJECT',
        municipalityId: NO_ID,
        remoteMode: 'REMOTE',
        topicField: 'IT_COMPETENCE',
        skills: [{ skillId: NO_ID, weight: 'REQUIRED', level: 'BASIC' }],
      },
    },
  },
  'Mutation.publishNeed': { access: 'signed-in', document: mutationFor('publishNeed', { id: NO_ID }) },
  'Mutation.renewNeed': { access: 'signed-in', document: mutationFor('renewNeed', { id: NO_ID }) },
  'Mutation.closeNeed': {
    access: 'signed-in',
    document: mutationFor('closeNeed', { id: NO_ID, outcome: enumValue('CLOSED') }),
  },
  'Mutation.createOffer': {
    access: 'signed-in',
    document: 'mutation($input: CreateOfferInput!) { createOffer(input: $input) { id } }',
    variables: {
      input: {
        kind: 'TALENT',
        title: 'Angebot',
        description: '',
        municipalityId: NO_ID,
        radiusKm: 10,
        availableFrom: '2027-01-01',
        remoteWilling: true,
        skills: [{ skillId: NO_ID, level: 'BASIC' }],
      },
    },
  },
  'Mutation.updateOffer': {
    access: 'signed-in',
    document: `mutation($input: OfferInput!) { updateOffer(id: "${NO_ID}", input: $input) { id } }`,
    variables: {
      input: {
        title: 'Angebot',
        description: '',
        municipalityId: NO_ID,
        radiusKm: 10,
        availableFrom: '2027-01-01',
        remoteWilling: true,
        skills: [{ skillId: NO_ID, level: 'BASIC' }],
      },
    },
  },
  'Mutation.publishOffer': { access: 'signed-in', document: mutationFor('publishOffer', { id: NO_ID }) },
  'Mutation.closeOffer': { access: 'signed-in', document: mutationFor('closeOffer', { id: NO_ID }) },
  'Mutation.requestContact': {
    access: 'signed-in',
    document: mutationFor('requestContact', { input: { needId: NO_ID, offerId: NO_ID, message: 'Guten Tag, Interesse?' } }),
  },
  'Mutation.answerContactRequest': {
    access: 'signed-in',
    document: mutationFor('answerContactRequest', { id: NO_ID, accept: true }),
  },
  'Mutation.withdrawContactRequest': {
    access: 'signed-in',
    document: mutationFor('withdrawContactRequest', { id: NO_ID }),
  },
  'Query.people': { access: ['COORDINATOR', 'ADMIN'], document: queryFor('people', { first: 5 }, '{ totalCount }') },
  'Query.offices': { access: ['COORDINATOR', 'ADMIN'], document: '{ offices { id } }' },
  'Mutation.createOffice': {
    access: ['COORDINATOR', 'ADMIN'],
    document: mutationFor('createOffice', { input: { organisationId: NO_ID, titleDe: 'xx', titleEn: 'xx' } }),
  },
  'Mutation.handOverOffice': {
    access: ['COORDINATOR', 'ADMIN'],
    document: mutationFor('handOverOffice', { officeId: NO_ID, successorUserId: NO_ID }),
  },
  'Query.consultationFormats': { access: 'public', document: queryFor('consultationFormats', { first: 1 }, '{ totalCount }') },
  'Query.consultationFormat': { access: 'public', document: queryFor('consultationFormat', { id: NO_ID }) },
  'Query.bookableSlots': {
    access: 'public',
    document: queryFor('bookableSlots', { formatId: NO_ID, from: '2027-01-04', to: '2027-01-10' }, '{ startsAt }'),
  },
  'Query.myConsultationFormats': { access: ['ADVISOR'], document: '{ myConsultationFormats { id } }' },
  'Query.myAvailability': { access: ['ADVISOR'], document: '{ myAvailability { rules { id } } }' },
  'Query.advisorSchedule': { access: ['ADVISOR'], document: queryFor('advisorSchedule', { from: '2027-01-04', to: '2027-01-10' }) },
  'Query.advisorNextSlotStart': { access: ['ADVISOR'], document: '{ advisorNextSlotStart }' },
  'Query.myBookings': { access: 'signed-in', document: queryFor('myBookings', { first: 1 }, '{ totalCount }') },
  'Query.booking': { access: 'signed-in', document: queryFor('booking', { id: NO_ID }) },
  'Mutation.createConsultationFormat': {
    access: ['ADVISOR'],
    document: mutationFor('createConsultationFormat', { input: { organisationId: NO_ID, ...FORMAT_INPUT } }),
  },
  'Mutation.updateConsultationFormat': {
    access: ['ADVISOR'],
    document: mutationFor('updateConsultationFormat', { id: NO_ID, input: FORMAT_INPUT }),
  },
  'Mutation.archiveConsultationFormat': {
    access: ['ADVISOR'],
    document: mutationFor('archiveConsultationFormat', { id: NO_ID }),
  },
  'Mutation.reactivateConsultationFormat': {
    access: ['ADVISOR'],
    document: mutationFor('reactivateConsultationFormat', { id: NO_ID }),
  },
  'Mutation.setAvailabilityRules': {
    access: ['ADVISOR'],
    document: mutationFor('setAvailabilityRules', { input: { rules: [{ weekday: 1, start: '10:00', end: '09:00' }] } }),
  },
  'Mutation.addAvailabilityException': {
    access: ['ADVISOR'],
    document: mutationFor('addAvailabilityException', { input: { date: '2027-01-04', kind: enumValue('EXTRA') } }),
  },
  'Mutation.removeAvailabilityException': {
    access: ['ADVISOR'],
    document: mutationFor('removeAvailabilityException', { id: NO_ID }, null),
  },
  'Mutation.bookConsultation': {
    access: 'signed-in',
    document: mutationFor('bookConsultation', {
      input: { formatId: NO_ID, startsAt: '2027-01-05T09:00:00Z', organisationId: NO_ID, agenda: 'Digitalisierung im Betrieb' },
    }),
  },
  'Mutation.cancelBooking': {
    access: 'signed-in',
    document: mutationFor('cancelBooking', { input: { id: NO_ID, reason: 'Keine Zeit' } }),
  },
  'Mutation.rescheduleBooking': {
    access: 'signed-in',
    document: mutationFor('rescheduleBooking', { input: { id: NO_ID, startsAt: '2027-01-05T09:00:00Z' } }),
  },
  'Mutation.markAttendance': {
    access: ['ADVISOR'],
    document: mutationFor('markAttendance', { id: NO_ID, status: enumValue('ATTENDED') }),
  },
  'Query.myCalendarFeed': { access: 'signed-in', document: '{ myCalendarFeed { active createdAt } }' },
  'Mutation.regenerateCalendarFeed': { access: 'signed-in', document: 'mutation { regenerateCalendarFeed { url createdAt } }' },
  'Mutation.revokeCalendarFeed': { access: 'signed-in', document: 'mutation { revokeCalendarFeed }' },
  'Query.dashboard': { access: ['OFFICIAL', 'COORDINATOR', 'ADMIN'], document: '{ dashboard { asOf organisations { total { value } } } }' },
  'Query.publicFigures': { access: 'public', document: '{ publicFigures { asOf organisations { total { value } } } }' },
  'Query.myAdvisorFigures': { access: ['ADVISOR'], document: '{ myAdvisorFigures { bookings } }' },
  'Query.coworkingPlaces': { access: 'public', document: '{ coworkingPlaces { id } }' },
  'Query.coworkingPlace': { access: 'public', document: queryFor('coworkingPlace', { id: NO_ID }) },
  'Query.myDeskBookings': { access: 'signed-in', document: '{ myDeskBookings { id } }' },
  'Query.deskBooking': { access: 'signed-in', document: queryFor('deskBooking', { id: NO_ID }) },
  'Mutation.createCoworkingPlace': {
    access: 'signed-in',
    document: 'mutation($input: CreateCoworkingPlaceInput!) { createCoworkingPlace(input: $input) { id } }',
    variables: {
      input: {
        operatorId: NO_ID,
        name: 'Matrix',
        municipalityId: NO_ID,
        street: 'Weg 1',
        postalCode: '57072',
        openingHours: 'immer',
        desks: 1,
      },
    },
  },
  'Mutation.updateCoworkingPlace': {
    access: 'signed-in',
    document: 'mutation($input: UpdateCoworkingPlaceInput!) { updateCoworkingPlace(input: $input) { id } }',
    variables: {
      input: {
        id: NO_ID,
        name: 'Matrix',
        municipalityId: NO_ID,
        street: 'Weg 1',
        postalCode: '57072',
        openingHours: 'immer',
        desks: 1,
      },
    },
  },
  'Mutation.bookDesk': {
    access: 'signed-in',
    document: mutationFor('bookDesk', { input: { placeId: NO_ID, date: '2999-01-01' } }),
  },
  'Mutation.cancelDeskBooking': {
    access: 'signed-in',
    document: mutationFor('cancelDeskBooking', { input: { id: NO_ID } }),
  },
  'Mutation.deleteMyAccount': { access: 'signed-in', document: mutationFor('deleteMyAccount', { password: 'falsch' }, null) },
  'Query.project': { access: 'public', document: queryFor('project', { slug: 'ki-initiative-unternehmen' }) },
  'Query.projectProposals': { access: ['COORDINATOR', 'ADMIN'], document: '{ projectProposals { id } }' },
  'Mutation.proposeProject': {
    access: 'signed-in',
    document: 'mutation($input: ProposeProjectInput!) { proposeProject(input: $input) { id } }',
    variables: {
      input: {
        topicField: 'NETWORKING',
        title: 'Matrixprojekt',
        goal: 'Ein Ziel für die Matrix.',
        description: 'Eine Beschreibung für die Matrix.',
        leadOrganisationId: NO_ID,
        regions: [],
        openForParticipants: false,
      },
    },
  },
  'Mutation.decideProjectProposal': {
    access: ['COORDINATOR', 'ADMIN'],
    document: mutationFor('decideProjectProposal', { id: NO_ID, accept: true }),
  },
  'Mutation.updateProject': {
    access: 'signed-in',
    document: mutationFor('updateProject', { id: NO_ID, input: {} }),
  },
  'Mutation.postProjectUpdate': {
    access: 'signed-in',
    document: mutationFor('postProjectUpdate', { projectId: NO_ID, text: 'Stand' }),
  },
  'Mutation.addMilestone': {
    access: 'signed-in',
    document: mutationFor('addMilestone', { projectId: NO_ID, title: 'Meilenstein', dueOn: '2027-01-01' }),
  },
  'Mutation.moveMilestone': {
    access: 'signed-in',
    document: mutationFor('moveMilestone', { milestoneId: NO_ID, dueOn: '2027-01-01', reason: 'Verzug' }),
  },
  'Mutation.completeMilestone': {
    access: 'signed-in',
    document: mutationFor('completeMilestone', { milestoneId: NO_ID }),
  },
  'Mutation.applyToProject': {
    access: 'signed-in',
    document: mutationFor('applyToProject', {
      input: { projectId: NO_ID, organisationId: NO_ID, role: enumValue('PARTNER'), note: 'Wir möchten mitmachen.' },
    }),
  },
  'Mutation.decideProjectApplication': {
    access: 'signed-in',
    document: mutationFor('decideProjectApplication', { id: NO_ID, accept: true }),
  },
  'Mutation.withdrawProjectApplication': {
    access: 'signed-in',
    document: mutationFor('withdrawProjectApplication', { id: NO_ID }),
  },
  'Mutation.leaveProject': {
    access: 'signed-in',
    document: mutationFor('leaveProject', { projectId: NO_ID, organisationId: NO_ID }),
  },
  'Mutation.handOverProjectLead': {
    access: 'signed-in',
    document: mutationFor('handOverProjectLead', { projectId: NO_ID, organisationId: NO_ID }),
  },
  'Query.legalPage': { access: 'public', document: queryFor('legalPage', { page: enumValue('IMPRINT') }, '{ version }') },
  'Query.legalPageHistory': { access: ['ADMIN'], document: queryFor('legalPageHistory', { page: enumValue('IMPRINT') }, '{ version }') },
  'Mutation.updateLegalPage': {
    access: ['ADMIN'],
    // baseVersion 0 is refused by validation after the guard: a caller who passes the guard gets BAD_USER_INPUT, nothing is saved.
    document: mutationFor(
      'updateLegalPage',
      { input: { page: enumValue('IMPRINT'), baseVersion: 0, bodyDe: 'Matrix-Test ohne Folgen', bodyEn: 'Matrix test with no effect' } },
      '{ version }',
    ),
  },
  'Query.outboxMails': {
    access: ['COORDINATOR', 'ADMIN'],
    document: queryFor('outboxMails', { status: enumValue('FAILED'), first: 1 }, '{ totalCount }'),
  },
};

import { MEETING_OPERATIONS } from './authorization-operations-meetings';
import { PUBLICATION_OPERATIONS } from './authorization-operations-publications';

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
  'Query.topicField': { access: 'public', document: '{ topicField(key: "RECOVERY") { key } }' },
  'Query.organisations': { access: 'public', document: '{ organisations(first: 1) { totalCount } }' },
  'Query.organisation': { access: 'public', document: '{ organisation(id: "00000000-0000-4000-8000-000000000000") { id } }' },
  'Query.demoData': { access: 'public', document: '{ demoData }' },
  'Query.regions': { access: 'public', document: '{ regions { key } }' },
  'Query.me': { access: 'public', document: '{ me { id } }' },
  'Query.mySessions': { access: 'signed-in', document: '{ mySessions { id } }' },
  'Query.auditEvents': { access: ['COORDINATOR', 'ADMIN'], document: '{ auditEvents(first: 1) { totalCount } }' },
  'Query.mailOutbox': { access: ['COORDINATOR', 'ADMIN'], document: '{ mailOutbox { failed } }' },
  'Mutation.retryMail': { access: ['COORDINATOR', 'ADMIN'], document: 'mutation { retryMail(id: "00000000-0000-4000-8000-000000000000") { id } }' },
  'Mutation.signUp': {
    access: 'public',
    document: 'mutation($input: SignUpInput!) { signUp(input: $input) { email } }',
    variables: {
      input: {
        email: 'x',
        password: 'x',
        name: 'x',
        organisation: { name: 'xx', kind: 'COMPANY', municipalityId: '00000000-0000-4000-8000-000000000000' },
      },
    },
  },
  'Mutation.verifyEmail': { access: 'public', document: 'mutation { verifyEmail(token: "nope") }' },
  'Mutation.signIn': { access: 'public', document: 'mutation { signIn(input: { email: "matrix@example.org", password: "falsch falsch" }) { id } }' },
  'Mutation.requestPasswordReset': { access: 'public', document: 'mutation { requestPasswordReset(input: { email: "matrix@example.org" }) }' },
  'Mutation.resetPassword': { access: 'public', document: 'mutation { resetPassword(input: { token: "nope", password: "x" }) }' },
  'Mutation.signOut': { access: 'signed-in', document: 'mutation { signOut }' },
  'Mutation.revokeSession': { access: 'signed-in', document: 'mutation { revokeSession(id: "00000000-0000-4000-8000-000000000000") }' },
  'Mutation.changePassword': { access: 'signed-in', document: 'mutation { changePassword(input: { currentPassword: "falsch", newPassword: "x" }) }' },
  'Mutation.updateMyProfile': { access: 'signed-in', document: 'mutation { updateMyProfile(input: {}) { id } }' },
  'Mutation.verifyOrganisation': {
    access: ['COORDINATOR', 'ADMIN'],
    document: 'mutation { verifyOrganisation(id: "00000000-0000-4000-8000-000000000000") { id } }',
  },
  'Mutation.grantRole': {
    access: ['COORDINATOR', 'ADMIN'],
    document: 'mutation { grantRole(userId: "00000000-0000-4000-8000-000000000000", role: ADVISOR) }',
  },
  'Mutation.withdrawRole': {
    access: ['COORDINATOR', 'ADMIN'],
    document: 'mutation { withdrawRole(userId: "00000000-0000-4000-8000-000000000000", role: ADVISOR) }',
  },
  'Query.myOrganisations': { access: 'signed-in', document: '{ myOrganisations { id } }' },
  'Mutation.inviteMember': {
    access: 'signed-in',
    document: 'mutation { inviteMember(input: { organisationId: "00000000-0000-4000-8000-000000000000", email: "x@example.org" }) }',
  },
  'Mutation.acceptInvitation': { access: 'signed-in', document: 'mutation { acceptInvitation(token: "nope") }' },
  'Mutation.signUpWithInvitation': {
    access: 'public',
    document: 'mutation { signUpWithInvitation(input: { token: "nope", name: "x", password: "x" }) }',
  },
  'Mutation.removeMember': {
    access: 'signed-in',
    document: 'mutation { removeMember(organisationId: "00000000-0000-4000-8000-000000000000", userId: "00000000-0000-4000-8000-000000000000") }',
  },
  'Query.skills': { access: 'public', document: '{ skills(first: 1) { totalCount } }' },
  'Query.needs': { access: 'public', document: '{ needs(first: 1) { totalCount } }' },
  'Query.need': { access: 'public', document: '{ need(id: "00000000-0000-4000-8000-000000000000") { id } }' },
  'Query.offers': { access: 'public', document: '{ offers(first: 1) { totalCount } }' },
  'Query.offer': { access: 'public', document: '{ offer(id: "00000000-0000-4000-8000-000000000000") { id } }' },
  'Query.myNeeds': { access: 'signed-in', document: '{ myNeeds { id } }' },
  'Query.myOffers': { access: 'signed-in', document: '{ myOffers { id } }' },
  'Query.needMatches': { access: 'signed-in', document: '{ needMatches(needId: "00000000-0000-4000-8000-000000000000") { score } }' },
  'Query.offerMatches': { access: 'signed-in', document: '{ offerMatches(offerId: "00000000-0000-4000-8000-000000000000") { score } }' },
  'Query.contactRequests': { access: 'signed-in', document: '{ contactRequests(box: INBOX, first: 1) { totalCount } }' },
  'Mutation.createNeed': {
    access: 'signed-in',
    document: 'mutation($input: CreateNeedInput!) { createNeed(input: $input) { id } }',
    variables: {
      input: {
        organisationId: '00000000-0000-4000-8000-000000000000',
        title: 'Bedarf',
        description: '',
        headcount: 1,
        kind: 'PROJECT',
        municipalityId: '00000000-0000-4000-8000-000000000000',
        remoteMode: 'REMOTE',
        topicField: 'IT_COMPETENCE',
        skills: [{ skillId: '00000000-0000-4000-8000-000000000000', weight: 'REQUIRED', level: 'BASIC' }],
      },
    },
  },
  'Mutation.updateNeed': {
    access: 'signed-in',
    document: 'mutation($input: NeedInput!) { updateNeed(id: "00000000-0000-4000-8000-000000000000", input: $input) { id } }',
    variables: {
      input: {
        title: 'Bedarf',
        description: '',
        headcount: 1,
        kind: 'PROJECT',
        municipalityId: '00000000-0000-4000-8000-000000000000',
        remoteMode: 'REMOTE',
        topicField: 'IT_COMPETENCE',
        skills: [{ skillId: '00000000-0000-4000-8000-000000000000', weight: 'REQUIRED', level: 'BASIC' }],
      },
    },
  },
  'Mutation.publishNeed': { access: 'signed-in', document: 'mutation { publishNeed(id: "00000000-0000-4000-8000-000000000000") { id } }' },
  'Mutation.renewNeed': { access: 'signed-in', document: 'mutation { renewNeed(id: "00000000-0000-4000-8000-000000000000") { id } }' },
  'Mutation.closeNeed': {
    access: 'signed-in',
    document: 'mutation { closeNeed(id: "00000000-0000-4000-8000-000000000000", outcome: CLOSED) { id } }',
  },
  'Mutation.createOffer': {
    access: 'signed-in',
    document: 'mutation($input: CreateOfferInput!) { createOffer(input: $input) { id } }',
    variables: {
      input: {
        kind: 'TALENT',
        title: 'Angebot',
        description: '',
        municipalityId: '00000000-0000-4000-8000-000000000000',
        radiusKm: 10,
        availableFrom: '2027-01-01',
        remoteWilling: true,
        skills: [{ skillId: '00000000-0000-4000-8000-000000000000', level: 'BASIC' }],
      },
    },
  },
  'Mutation.updateOffer': {
    access: 'signed-in',
    document: 'mutation($input: OfferInput!) { updateOffer(id: "00000000-0000-4000-8000-000000000000", input: $input) { id } }',
    variables: {
      input: {
        title: 'Angebot',
        description: '',
        municipalityId: '00000000-0000-4000-8000-000000000000',
        radiusKm: 10,
        availableFrom: '2027-01-01',
        remoteWilling: true,
        skills: [{ skillId: '00000000-0000-4000-8000-000000000000', level: 'BASIC' }],
      },
    },
  },
  'Mutation.publishOffer': { access: 'signed-in', document: 'mutation { publishOffer(id: "00000000-0000-4000-8000-000000000000") { id } }' },
  'Mutation.closeOffer': { access: 'signed-in', document: 'mutation { closeOffer(id: "00000000-0000-4000-8000-000000000000") { id } }' },
  'Mutation.requestContact': {
    access: 'signed-in',
    document:
      'mutation { requestContact(input: { needId: "00000000-0000-4000-8000-000000000000", offerId: "00000000-0000-4000-8000-000000000000", message: "Guten Tag, Interesse?" }) { id } }',
  },
  'Mutation.answerContactRequest': {
    access: 'signed-in',
    document: 'mutation { answerContactRequest(id: "00000000-0000-4000-8000-000000000000", accept: true) { id } }',
  },
  'Mutation.withdrawContactRequest': {
    access: 'signed-in',
    document: 'mutation { withdrawContactRequest(id: "00000000-0000-4000-8000-000000000000") { id } }',
  },
  'Query.people': { access: ['COORDINATOR', 'ADMIN'], document: '{ people(first: 5) { totalCount } }' },
  'Query.offices': { access: ['COORDINATOR', 'ADMIN'], document: '{ offices { id } }' },
  'Mutation.createOffice': {
    access: ['COORDINATOR', 'ADMIN'],
    document: 'mutation { createOffice(input: { organisationId: "00000000-0000-4000-8000-000000000000", titleDe: "xx", titleEn: "xx" }) { id } }',
  },
  'Mutation.handOverOffice': {
    access: ['COORDINATOR', 'ADMIN'],
    document:
      'mutation { handOverOffice(officeId: "00000000-0000-4000-8000-000000000000", successorUserId: "00000000-0000-4000-8000-000000000000") { id } }',
  },
  'Query.consultationFormats': { access: 'public', document: '{ consultationFormats(first: 1) { totalCount } }' },
  'Query.consultationFormat': { access: 'public', document: '{ consultationFormat(id: "00000000-0000-4000-8000-000000000000") { id } }' },
  'Query.bookableSlots': {
    access: 'public',
    document: '{ bookableSlots(formatId: "00000000-0000-4000-8000-000000000000", from: "2027-01-04", to: "2027-01-10") { startsAt } }',
  },
  'Query.myConsultationFormats': { access: ['ADVISOR'], document: '{ myConsultationFormats { id } }' },
  'Query.myAvailability': { access: ['ADVISOR'], document: '{ myAvailability { rules { id } } }' },
  'Query.advisorSchedule': { access: ['ADVISOR'], document: '{ advisorSchedule(from: "2027-01-04", to: "2027-01-10") { id } }' },
  'Query.advisorNextSlotStart': { access: ['ADVISOR'], document: '{ advisorNextSlotStart }' },
  'Query.myBookings': { access: 'signed-in', document: '{ myBookings(first: 1) { totalCount } }' },
  'Query.booking': { access: 'signed-in', document: '{ booking(id: "00000000-0000-4000-8000-000000000000") { id } }' },
  'Mutation.createConsultationFormat': {
    access: ['ADVISOR'],
    document:
      'mutation { createConsultationFormat(input: { organisationId: "00000000-0000-4000-8000-000000000000", title: "Format", description: "", topicField: RECOVERY, durationMinutes: 60, mode: REMOTE, meetingLink: "https://meet.example.org/x", capacity: 1 }) { id } }',
  },
  'Mutation.updateConsultationFormat': {
    access: ['ADVISOR'],
    document:
      'mutation { updateConsultationFormat(id: "00000000-0000-4000-8000-000000000000", input: { title: "Format", description: "", topicField: RECOVERY, durationMinutes: 60, mode: REMOTE, meetingLink: "https://meet.example.org/x", capacity: 1 }) { id } }',
  },
  'Mutation.archiveConsultationFormat': {
    access: ['ADVISOR'],
    document: 'mutation { archiveConsultationFormat(id: "00000000-0000-4000-8000-000000000000") { id } }',
  },
  'Mutation.reactivateConsultationFormat': {
    access: ['ADVISOR'],
    document: 'mutation { reactivateConsultationFormat(id: "00000000-0000-4000-8000-000000000000") { id } }',
  },
  'Mutation.setAvailabilityRules': {
    access: ['ADVISOR'],
    document: 'mutation { setAvailabilityRules(input: { rules: [{ weekday: 1, start: "10:00", end: "09:00" }] }) { id } }',
  },
  'Mutation.addAvailabilityException': {
    access: ['ADVISOR'],
    document: 'mutation { addAvailabilityException(input: { date: "2027-01-04", kind: EXTRA }) { id } }',
  },
  'Mutation.removeAvailabilityException': {
    access: ['ADVISOR'],
    document: 'mutation { removeAvailabilityException(id: "00000000-0000-4000-8000-000000000000") }',
  },
  'Mutation.bookConsultation': {
    access: 'signed-in',
    document:
      'mutation { bookConsultation(input: { formatId: "00000000-0000-4000-8000-000000000000", startsAt: "2027-01-05T09:00:00Z", organisationId: "00000000-0000-4000-8000-000000000000", agenda: "Digitalisierung im Betrieb" }) { id } }',
  },
  'Mutation.cancelBooking': {
    access: 'signed-in',
    document: 'mutation { cancelBooking(input: { id: "00000000-0000-4000-8000-000000000000", reason: "Keine Zeit" }) { id } }',
  },
  'Mutation.rescheduleBooking': {
    access: 'signed-in',
    document: 'mutation { rescheduleBooking(input: { id: "00000000-0000-4000-8000-000000000000", startsAt: "2027-01-05T09:00:00Z" }) { id } }',
  },
  'Mutation.markAttendance': {
    access: ['ADVISOR'],
    document: 'mutation { markAttendance(id: "00000000-0000-4000-8000-000000000000", status: ATTENDED) { id } }',
  },
  'Query.myCalendarFeed': { access: 'signed-in', document: '{ myCalendarFeed { active createdAt } }' },
  'Mutation.regenerateCalendarFeed': { access: 'signed-in', document: 'mutation { regenerateCalendarFeed { url createdAt } }' },
  'Mutation.revokeCalendarFeed': { access: 'signed-in', document: 'mutation { revokeCalendarFeed }' },
  'Query.dashboard': { access: ['OFFICIAL', 'COORDINATOR', 'ADMIN'], document: '{ dashboard { asOf organisations { total { value } } } }' },
  'Query.publicFigures': { access: 'public', document: '{ publicFigures { asOf organisations { total { value } } } }' },
  'Query.myAdvisorFigures': { access: ['ADVISOR'], document: '{ myAdvisorFigures { bookings } }' },
  'Query.coworkingPlaces': { access: 'public', document: '{ coworkingPlaces { id } }' },
  'Query.coworkingPlace': { access: 'public', document: '{ coworkingPlace(id: "00000000-0000-4000-8000-000000000000") { id } }' },
  'Query.myDeskBookings': { access: 'signed-in', document: '{ myDeskBookings { id } }' },
  'Query.deskBooking': { access: 'signed-in', document: '{ deskBooking(id: "00000000-0000-4000-8000-000000000000") { id } }' },
  'Mutation.createCoworkingPlace': {
    access: 'signed-in',
    document: 'mutation($input: CreateCoworkingPlaceInput!) { createCoworkingPlace(input: $input) { id } }',
    variables: {
      input: {
        operatorId: '00000000-0000-4000-8000-000000000000',
        name: 'Matrix',
        municipalityId: '00000000-0000-4000-8000-000000000000',
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
        id: '00000000-0000-4000-8000-000000000000',
        name: 'Matrix',
        municipalityId: '00000000-0000-4000-8000-000000000000',
        street: 'Weg 1',
        postalCode: '57072',
        openingHours: 'immer',
        desks: 1,
      },
    },
  },
  'Mutation.bookDesk': {
    access: 'signed-in',
    document: 'mutation { bookDesk(input: { placeId: "00000000-0000-4000-8000-000000000000", date: "2999-01-01" }) { id } }',
  },
  'Mutation.cancelDeskBooking': {
    access: 'signed-in',
    document: 'mutation { cancelDeskBooking(input: { id: "00000000-0000-4000-8000-000000000000" }) { id } }',
  },
  'Mutation.deleteMyAccount': { access: 'signed-in', document: 'mutation { deleteMyAccount(password: "falsch") }' },
  'Query.project': { access: 'public', document: '{ project(slug: "ki-initiative-unternehmen") { id } }' },
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
        leadOrganisationId: '00000000-0000-4000-8000-000000000000',
        regions: [],
        openForParticipants: false,
      },
    },
  },
  'Mutation.decideProjectProposal': {
    access: ['COORDINATOR', 'ADMIN'],
    document: 'mutation { decideProjectProposal(id: "00000000-0000-4000-8000-000000000000", accept: true) { id } }',
  },
  'Mutation.updateProject': {
    access: 'signed-in',
    document: 'mutation { updateProject(id: "00000000-0000-4000-8000-000000000000", input: {}) { id } }',
  },
  'Mutation.postProjectUpdate': {
    access: 'signed-in',
    document: 'mutation { postProjectUpdate(projectId: "00000000-0000-4000-8000-000000000000", text: "Stand") { id } }',
  },
  'Mutation.addMilestone': {
    access: 'signed-in',
    document: 'mutation { addMilestone(projectId: "00000000-0000-4000-8000-000000000000", title: "Meilenstein", dueOn: "2027-01-01") { id } }',
  },
  'Mutation.moveMilestone': {
    access: 'signed-in',
    document: 'mutation { moveMilestone(milestoneId: "00000000-0000-4000-8000-000000000000", dueOn: "2027-01-01", reason: "Verzug") { id } }',
  },
  'Mutation.completeMilestone': {
    access: 'signed-in',
    document: 'mutation { completeMilestone(milestoneId: "00000000-0000-4000-8000-000000000000") { id } }',
  },
  'Mutation.applyToProject': {
    access: 'signed-in',
    document:
      'mutation { applyToProject(input: { projectId: "00000000-0000-4000-8000-000000000000", organisationId: "00000000-0000-4000-8000-000000000000", role: PARTNER, note: "Wir möchten mitmachen." }) { id } }',
  },
  'Mutation.decideProjectApplication': {
    access: 'signed-in',
    document: 'mutation { decideProjectApplication(id: "00000000-0000-4000-8000-000000000000", accept: true) { id } }',
  },
  'Mutation.withdrawProjectApplication': {
    access: 'signed-in',
    document: 'mutation { withdrawProjectApplication(id: "00000000-0000-4000-8000-000000000000") { id } }',
  },
  'Mutation.leaveProject': {
    access: 'signed-in',
    document:
      'mutation { leaveProject(projectId: "00000000-0000-4000-8000-000000000000", organisationId: "00000000-0000-4000-8000-000000000000") { id } }',
  },
  'Mutation.handOverProjectLead': {
    access: 'signed-in',
    document:
      'mutation { handOverProjectLead(projectId: "00000000-0000-4000-8000-000000000000", organisationId: "00000000-0000-4000-8000-000000000000") { id } }',
  },
  'Query.legalPage': { access: 'public', document: '{ legalPage(page: IMPRINT) { version } }' },
  'Query.legalPageHistory': { access: ['ADMIN'], document: '{ legalPageHistory(page: IMPRINT) { version } }' },
  'Mutation.updateLegalPage': {
    access: ['ADMIN'],
    // baseVersion 0 is refused by validation after the guard: a caller who passes the guard gets BAD_USER_INPUT, nothing is saved.
    document:
      'mutation { updateLegalPage(input: { page: IMPRINT, baseVersion: 0, bodyDe: "Matrix-Test ohne Folgen", bodyEn: "Matrix test with no effect" }) { version } }',
  },
  'Query.outboxMails': { access: ['COORDINATOR', 'ADMIN'], document: '{ outboxMails(status: FAILED, first: 1) { totalCount } }' },
};

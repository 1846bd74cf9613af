import { accountsClient, type Reply } from './support/accounts';
import { useDemoApp } from './support/demo-app';
import { createSkills, offerInput } from './support/matchmaking';

const { app, municipality } = useDemoApp();
const { call, signedIn, coordinator } = accountsClient(app, municipality);
const codeOf = (reply: Reply) => reply.body.errors?.[0]?.extensions?.code;
const dataOf = <T>(reply: Reply): T => {
  if (reply.body.errors?.length) throw new Error(JSON.stringify(reply.body.errors));
  return reply.body.data as T;
};

const PROPOSE = `mutation($input: ProposeProjectInput!) { proposeProject(input: $input) { id slug approval status } }`;
const PROJECT = `query($slug: String!) { project(slug: $slug) {
  id title approval status progress openForParticipants viewerIsLead
  lead { id } participants { role organisation { id name } }
  milestones { id title dueOn originalDueOn done } milestonePunctuality { onTime late open }
  updates { text } history { action summary organisation { id } }
} }`;
const ADD = `mutation($projectId: ID!, $title: String!, $dueOn: Date!) { addMilestone(projectId: $projectId, title: $title, dueOn: $dueOn) { id position } }`;
const COMPLETE = `mutation($id: ID!) { completeMilestone(milestoneId: $id) { id done } }`;
const MOVE = `mutation($id: ID!, $dueOn: Date!, $reason: String!) { moveMilestone(milestoneId: $id, dueOn: $dueOn, reason: $reason) { dueOn originalDueOn } }`;
const APPLY = `mutation($input: ApplyToProjectInput!) { applyToProject(input: $input) { id status role } }`;
const DECIDE = `mutation($id: ID!, $accept: Boolean!, $reason: String) { decideProjectApplication(id: $id, accept: $accept, reason: $reason) { id status decisionReason } }`;
const HAND_OVER = `mutation($projectId: ID!, $organisationId: ID!) { handOverProjectLead(projectId: $projectId, organisationId: $organisationId) { id } }`;
const LEAVE = `mutation($projectId: ID!, $organisationId: ID!) { leaveProject(projectId: $projectId, organisationId: $organisationId) { id } }`;

interface Company {
  cookie: string;
  organisationId: string;
}

interface ProjectView {
  id: string;
  title: string;
  approval: string;
  status: string;
  progress: number;
  viewerIsLead: boolean;
  lead: { id: string } | null;
  participants: Array<{ role: string; organisation: { id: string; name: string } }>;
  milestones: Array<{ id: string; title: string; dueOn: string; originalDueOn: string | null; done: boolean }>;
  milestonePunctuality: { onTime: number; late: number; open: number };
  updates: Array<{ text: string }>;
  history: Array<{ action: string; summary: string; organisation: { id: string } | null }>;
}

let office: string;
beforeAll(async () => {
  office = await coordinator();
});

/** A new person owning a new company; verified by the joint office unless asked not to be. */
async function company(verified = true): Promise<Company> {
  const { cookie } = await signedIn();
  const mine = dataOf<{ myOrganisations: Array<{ id: string }> }>(await call(`{ myOrganisations { id } }`, {}, cookie));
  const organisationId = mine.myOrganisations[0]!.id;
  if (verified) dataOf(await call(`mutation($id: ID!) { verifyOrganisation(id: $id) { id } }`, { id: organisationId }, office));
  return { cookie, organisationId };
}

let counter = 0;
function proposal(leadOrganisationId: string, overrides: Record<string, unknown> = {}) {
  counter += 1;
  return {
    topicField: 'IT_COMPETENCE',
    title: `Datenlabor Sauerland ${counter} ${Date.now()}`,
    goal: 'Zehn Betriebe werten ihre Maschinendaten gemeinsam aus.',
    description: 'Ein gemeinsames Datenlabor für Betriebe aus Dortmund und dem Sauerland.',
    leadOrganisationId,
    regions: ['DORTMUND', 'HOCHSAUERLANDKREIS'],
    startsOn: '2027-01-01',
    endsOn: '2027-12-31',
    openForParticipants: true,
    ...overrides,
  };
}

async function view(slug: string, cookie?: string): Promise<ProjectView> {
  return dataOf<{ project: ProjectView }>(await call(PROJECT, { slug }, cookie)).project;
}

/** An approved open project led by a new verified company (proposed by the joint office). */
async function ledProject(): Promise<{ lead: Company; id: string; slug: string }> {
  const lead = await company();
  const { proposeProject } = dataOf<{ proposeProject: { id: string; slug: string } }>(
    await call(PROPOSE, { input: proposal(lead.organisationId) }, office),
  );
  return { lead, id: proposeProject.id, slug: proposeProject.slug };
}

describe('proposals', () => {
  it("approves a coordinator's proposal at once and keeps an owner's hidden until the joint office approves it", async () => {
    const owner = await company();
    const proposed = dataOf<{ proposeProject: { id: string; slug: string; approval: string } }>(
      await call(PROPOSE, { input: proposal(owner.organisationId) }, owner.cookie),
    ).proposeProject;
    expect(proposed.approval).toBe('PENDING');
    expect(codeOf(await call(PROJECT, { slug: proposed.slug }))).toBe('PROJECT_NOT_FOUND');
    expect((await view(proposed.slug, owner.cookie)).viewerIsLead).toBe(true);
    const waiting = dataOf<{ projectProposals: Array<{ id: string }> }>(await call(`{ projectProposals { id } }`, {}, office));
    expect(waiting.projectProposals.map((p) => p.id)).toContain(proposed.id);

    const decide = `mutation($id: ID!, $accept: Boolean!, $reason: String) { decideProjectProposal(id: $id, accept: $accept, reason: $reason) { approval } }`;
    expect(codeOf(await call(decide, { id: proposed.id, accept: false }, office))).toBe('BAD_USER_INPUT');
    expect(
      dataOf<{ decideProjectProposal: { approval: string } }>(await call(decide, { id: proposed.id, accept: true }, office)).decideProjectProposal
        .approval,
    ).toBe('APPROVED');
    expect(codeOf(await call(decide, { id: proposed.id, accept: true }, office))).toBe('PROJECT_PROPOSAL_NOT_PENDING');
    const field = dataOf<{ topicField: { projects: Array<{ id: string }> } }>(await call(`{ topicField(key: "IT_COMPETENCE") { projects { id } } }`));
    expect(field.topicField.projects.map((p) => p.id)).toContain(proposed.id);
  });

  it('refuses a proposal for an unverified organisation and for one the caller does not own', async () => {
    const unverified = await company(false);
    expect(codeOf(await call(PROPOSE, { input: proposal(unverified.organisationId) }, unverified.cookie))).toBe('ORGANISATION_NOT_VERIFIED');
    const other = await company();
    expect(codeOf(await call(PROPOSE, { input: proposal(other.organisationId) }, unverified.cookie))).toBe('NOT_ORGANISATION_OWNER');
    expect(
      codeOf(await call(PROPOSE, { input: proposal(other.organisationId, { startsOn: '2027-06-01', endsOn: '2027-01-01' }) }, other.cookie)),
    ).toBe('PROJECT_DATES_INVALID');
  });
});

describe('maintenance by the lead', () => {
  it("lets only the lead organisation's members edit, derives progress from milestones and keeps every change in the history", async () => {
    const { lead, id, slug } = await ledProject();
    const outsider = await company();
    const ids: string[] = [];
    for (const [title, dueOn] of [
      ['Auftakt', '2027-02-01'],
      ['Datenmodell', '2027-04-01'],
      ['Pilotbetrieb', '2027-07-01'],
      ['Abschluss', '2027-12-01'],
    ] as const) {
      ids.push(dataOf<{ addMilestone: { id: string } }>(await call(ADD, { projectId: id, title, dueOn }, lead.cookie)).addMilestone.id);
    }
    expect(codeOf(await call(ADD, { projectId: id, title: 'Fremd', dueOn: '2027-03-01' }, outsider.cookie))).toBe('NOT_PROJECT_LEAD');
    expect(codeOf(await call(COMPLETE, { id: ids[0] }, outsider.cookie))).toBe('NOT_PROJECT_LEAD');
    expect(codeOf(await call(`mutation($id: ID!) { updateProject(id: $id, input: { status: PAUSED }) { id } }`, { id }, outsider.cookie))).toBe(
      'NOT_PROJECT_LEAD',
    );
    expect(codeOf(await call(`mutation($id: ID!) { postProjectUpdate(projectId: $id, text: "Fremder Stand") { id } }`, { id }, office))).toBe(
      'NOT_PROJECT_LEAD',
    );
    expect((await view(slug)).progress).toBe(0);

    await call(COMPLETE, { id: ids[0] }, lead.cookie);
    expect((await view(slug)).progress).toBe(0.25);
    expect(codeOf(await call(COMPLETE, { id: ids[0] }, lead.cookie))).toBe('MILESTONE_DONE');
    expect(codeOf(await call(MOVE, { id: ids[0], dueOn: '2027-03-01', reason: 'Zu spät' }, lead.cookie))).toBe('MILESTONE_DONE');
    const moved = dataOf<{ moveMilestone: { dueOn: string; originalDueOn: string } }>(
      await call(MOVE, { id: ids[1], dueOn: '2027-05-15', reason: 'Datenschutzprüfung dauert länger' }, lead.cookie),
    ).moveMilestone;
    expect(moved).toEqual({ dueOn: '2027-05-15', originalDueOn: '2027-04-01' });
    await call(MOVE, { id: ids[1], dueOn: '2027-06-01', reason: 'Urlaubszeit' }, lead.cookie);
    await call(COMPLETE, { id: ids[1] }, lead.cookie);
    dataOf(await call(`mutation($id: ID!) { updateProject(id: $id, input: { status: ACTIVE }) { id } }`, { id }, lead.cookie));
    dataOf(await call(`mutation($id: ID!) { postProjectUpdate(projectId: $id, text: "Zwei Meilensteine erreicht.") { id } }`, { id }, lead.cookie));

    const after = await view(slug, lead.cookie);
    expect(after.progress).toBe(0.5);
    expect(after.status).toBe('ACTIVE');
    expect(after.updates.map((u) => u.text)).toEqual(['Zwei Meilensteine erreicht.']);
    // Done today, before their first planned days in 2027: both on time; the two others still open.
    expect(after.milestonePunctuality).toEqual({ onTime: 2, late: 0, open: 2 });
    expect(after.milestones.find((m) => m.id === ids[1])).toMatchObject({ dueOn: '2027-06-01', originalDueOn: '2027-04-01', done: true });
    const actions = after.history.map((h) => h.action);
    expect(actions.filter((a) => a === 'milestone.added')).toHaveLength(4);
    expect(actions.filter((a) => a === 'milestone.moved')).toHaveLength(2);
    expect(actions.filter((a) => a === 'milestone.completed')).toHaveLength(2);
    expect(actions).toEqual(expect.arrayContaining(['project.updated', 'project.update-posted', 'project.proposed']));
    expect(after.history.find((h) => h.action === 'milestone.moved')!.summary).toContain('Urlaubszeit');
    expect(after.history.find((h) => h.action === 'milestone.completed')!.organisation).toEqual({ id: lead.organisationId });

    // Progress is the share of done milestones in the database, not a stored number.
    const prisma = app().db.database.prisma;
    const rows = await prisma.milestone.findMany({ where: { projectId: id } });
    expect(after.progress).toBe(rows.filter((m) => m.doneAt).length / rows.length);
    expect(await prisma.auditEvent.count({ where: { entityType: 'Project', entityId: id } })).toBe(after.history.length);
  });
});

describe('joining', () => {
  it('lets a verified organisation apply, shows the lead its board skills, and only the lead accepts', async () => {
    const { lead, id, slug } = await ledProject();
    const applicant = await company();
    const [skill] = await createSkills(app(), 1);
    const offer = dataOf<{ createOffer: { id: string } }>(
      await call(
        `mutation($input: CreateOfferInput!) { createOffer(input: $input) { id } }`,
        { input: { kind: 'IT_COMPETENCE', organisationId: applicant.organisationId, ...offerInput(municipality(), [{ skillId: skill! }]) } },
        applicant.cookie,
      ),
    ).createOffer;
    dataOf(await call(`mutation($id: ID!) { publishOffer(id: $id) { id } }`, { id: offer.id }, applicant.cookie));

    const unverified = await company(false);
    const note = 'Wir bringen Erfahrung mit Maschinendaten mit.';
    expect(
      codeOf(await call(APPLY, { input: { projectId: id, organisationId: unverified.organisationId, role: 'PILOT_USER', note } }, unverified.cookie)),
    ).toBe('ORGANISATION_NOT_VERIFIED');
    expect(
      codeOf(await call(APPLY, { input: { projectId: id, organisationId: applicant.organisationId, role: 'PILOT_USER', note } }, unverified.cookie)),
    ).toBe('NOT_ORGANISATION_MEMBER');
    const applied = dataOf<{ applyToProject: { id: string; status: string } }>(
      await call(APPLY, { input: { projectId: id, organisationId: applicant.organisationId, role: 'PILOT_USER', note } }, applicant.cookie),
    ).applyToProject;
    expect(applied.status).toBe('PENDING');
    expect(
      codeOf(await call(APPLY, { input: { projectId: id, organisationId: applicant.organisationId, role: 'EXPERT', note } }, applicant.cookie)),
    ).toBe('APPLICATION_PENDING');

    // The applicant cannot accept its own application, nor can the joint office on the lead's behalf.
    expect(codeOf(await call(DECIDE, { id: applied.id, accept: true }, applicant.cookie))).toBe('NOT_PROJECT_LEAD');
    expect(codeOf(await call(DECIDE, { id: applied.id, accept: true }, office))).toBe('NOT_PROJECT_LEAD');
    expect(codeOf(await call(DECIDE, { id: applied.id, accept: false }, lead.cookie))).toBe('BAD_USER_INPUT');

    const APPLICATIONS = `query($slug: String!) { project(slug: $slug) { applications { id status note boardSkills organisation { id } } } }`;
    const seenByLead = dataOf<{ project: { applications: Array<{ id: string; boardSkills: string[] }> } }>(
      await call(APPLICATIONS, { slug }, lead.cookie),
    );
    expect(seenByLead.project.applications).toEqual([
      expect.objectContaining({ id: applied.id, boardSkills: [expect.stringMatching(/^Prüfskill /)] }),
    ]);
    expect(dataOf<{ project: { applications: unknown[] } }>(await call(APPLICATIONS, { slug }, unverified.cookie)).project.applications).toEqual([]);
    expect(dataOf<{ project: { applications: unknown[] } }>(await call(APPLICATIONS, { slug })).project.applications).toEqual([]);

    // Twenty concurrent acceptances: exactly one wins.
    const replies = await Promise.all(Array.from({ length: 20 }, () => call(DECIDE, { id: applied.id, accept: true }, lead.cookie)));
    expect(replies.filter((r) => !r.body.errors).length).toBe(1);
    expect(replies.filter((r) => codeOf(r) === 'INVALID_STATUS_TRANSITION').length).toBe(19);

    const project = await view(slug);
    expect(project.participants).toEqual([
      { role: 'LEAD', organisation: expect.objectContaining({ id: lead.organisationId }) },
      { role: 'PILOT_USER', organisation: expect.objectContaining({ id: applicant.organisationId }) },
    ]);
    expect(project.history.map((h) => h.action)).toContain('project.application-accepted');
    expect(project.history.map((h) => h.action)).not.toContain('project.applied');
    expect(
      codeOf(await call(APPLY, { input: { projectId: id, organisationId: applicant.organisationId, role: 'EXPERT', note } }, applicant.cookie)),
    ).toBe('PROJECT_ALREADY_PARTICIPANT');

    // Declining needs a reason, which the applicant then reads.
    const second = await company();
    const again = dataOf<{ applyToProject: { id: string } }>(
      await call(APPLY, { input: { projectId: id, organisationId: second.organisationId, role: 'FUNDER', note } }, second.cookie),
    ).applyToProject;
    const declined = dataOf<{ decideProjectApplication: { status: string; decisionReason: string } }>(
      await call(DECIDE, { id: again.id, accept: false, reason: 'Die Förderung ist schon gesichert.' }, lead.cookie),
    ).decideProjectApplication;
    expect(declined).toEqual({ id: again.id, status: 'DECLINED', decisionReason: 'Die Förderung ist schon gesichert.' });
    const ownView = dataOf<{ project: { applications: Array<{ id: string; status: string }> } }>(await call(APPLICATIONS, { slug }, second.cookie));
    expect(ownView.project.applications.map((a) => [a.id, a.status])).toEqual([[again.id, 'DECLINED']]);
  });

  it('refuses applications to a project closed for participants', async () => {
    const { lead, id } = await ledProject();
    dataOf(await call(`mutation($id: ID!) { updateProject(id: $id, input: { openForParticipants: false }) { id } }`, { id }, lead.cookie));
    const applicant = await company();
    const input = { projectId: id, organisationId: applicant.organisationId, role: 'PARTNER', note: 'Wir möchten gern mitmachen.' };
    expect(codeOf(await call(APPLY, { input }, applicant.cookie))).toBe('PROJECT_CLOSED_TO_APPLICATIONS');
  });

  it('hands the lead over to a participant, after which only the new lead edits; participants leave, the lead cannot', async () => {
    const { lead, id, slug } = await ledProject();
    const partner = await company();
    const application = dataOf<{ applyToProject: { id: string } }>(
      await call(
        APPLY,
        { input: { projectId: id, organisationId: partner.organisationId, role: 'EXPERT', note: 'Wir kennen uns mit Datenräumen aus.' } },
        partner.cookie,
      ),
    ).applyToProject;
    dataOf(await call(DECIDE, { id: application.id, accept: true }, lead.cookie));

    expect(codeOf(await call(LEAVE, { projectId: id, organisationId: lead.organisationId }, lead.cookie))).toBe('PROJECT_LEAD_CANNOT_LEAVE');
    expect(codeOf(await call(HAND_OVER, { projectId: id, organisationId: lead.organisationId }, partner.cookie))).toBe('NOT_PROJECT_LEAD');
    const stranger = await company();
    expect(codeOf(await call(HAND_OVER, { projectId: id, organisationId: stranger.organisationId }, lead.cookie))).toBe('PROJECT_NOT_PARTICIPANT');

    dataOf(await call(HAND_OVER, { projectId: id, organisationId: partner.organisationId }, lead.cookie));
    const after = await view(slug, partner.cookie);
    expect(after.lead).toEqual({ id: partner.organisationId });
    expect(after.viewerIsLead).toBe(true);
    expect(after.participants.map((p) => [p.organisation.id, p.role])).toEqual([
      [partner.organisationId, 'LEAD'],
      [lead.organisationId, 'PARTNER'],
    ]);
    expect(codeOf(await call(ADD, { projectId: id, title: 'Alte Federführung', dueOn: '2027-03-01' }, lead.cookie))).toBe('NOT_PROJECT_LEAD');
    dataOf(await call(ADD, { projectId: id, title: 'Neue Federführung', dueOn: '2027-03-01' }, partner.cookie));

    dataOf(await call(LEAVE, { projectId: id, organisationId: lead.organisationId }, lead.cookie));
    expect((await view(slug)).participants.map((p) => p.organisation.id)).toEqual([partner.organisationId]);
    expect(codeOf(await call(LEAVE, { projectId: id, organisationId: lead.organisationId }, lead.cookie))).toBe('PROJECT_NOT_PARTICIPANT');
    expect((await view(slug)).history.map((h) => h.action)).toEqual(expect.arrayContaining(['project.lead-handed-over', 'project.left']));
  });
});

describe('the demo AI initiative', () => {
  it('is open for companies and has applications from demo companies for the lead (the joint office’s organisation) to decide', async () => {
    const slug = 'ki-initiative-unternehmen';
    const demo = dataOf<{
      project: {
        title: string;
        openForParticipants: boolean;
        viewerIsLead: boolean;
        applications: Array<{ status: string; organisation: { name: string } }>;
      };
    }>(
      await call(
        `query($slug: String!) { project(slug: $slug) { title openForParticipants viewerIsLead applications { status organisation { name } } } }`,
        { slug },
        office,
      ),
    ).project;
    expect(demo.title).toBe('KI-Initiative Südwestfalen–Dortmund');
    expect(demo.openForParticipants).toBe(true);
    expect(demo.viewerIsLead).toBe(true);
    expect(demo.applications.length).toBeGreaterThanOrEqual(3);
    expect(demo.applications.every((a) => a.status === 'PENDING')).toBe(true);
  });
});

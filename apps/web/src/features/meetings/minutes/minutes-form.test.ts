import { describe, expect, it } from 'vitest';
import { draftFrom, minutesInput, minutesIssues, newDecision, type ItemDraft } from './minutes-form';

const NOW = new Date('2027-03-10T10:00:00Z');

function item(decisions = [newDecision()]): ItemDraft {
  return { agendaItemId: 'a1', title: 'Digitalwerkstatt', text: '  Bericht  ', decisions };
}

describe('minutes form', () => {
  it('starts from the published minutes; an English text equal to the German one shows empty', () => {
    const draft = draftFrom([
      {
        id: 'a1',
        position: 1,
        title: 'Begrüßung',
        description: '',
        durationMinutes: 15,
        responsibleOrganisation: null,
        minutes: 'Gesagt.',
        decisions: [{ id: 'd1', number: 1, text: 'Beschluss', textDe: 'Beschluss', textEn: 'Beschluss', project: null, milestone: null }],
      },
    ]);
    expect(draft).toEqual([
      {
        agendaItemId: 'a1',
        title: 'Begrüßung',
        text: 'Gesagt.',
        decisions: [expect.objectContaining({ id: 'd1', key: 'd1', textDe: 'Beschluss', textEn: '' })],
      },
    ]);
  });

  it('finds short texts, a missing project or title and a due date before today (Berlin)', () => {
    const decision = { ...newDecision(), textDe: 'ok', withMilestone: true, dueOn: '2027-03-09' };
    const issues = minutesIssues([item([decision])], NOW).map((issue) => issue.kind);
    expect(issues).toEqual(['textLength', 'project', 'title', 'dueOn']);
    const fine = { ...decision, textDe: 'Die Partner starten.', projectId: 'p1', title: 'Pilot', dueOn: '2027-03-10' };
    expect(minutesIssues([item([fine])], NOW)).toEqual([]);
    // An existing milestone needs no title; published decisions are checked for their texts only.
    expect(minutesIssues([item([{ ...fine, title: '', milestoneId: 'm1' }])], NOW)).toEqual([]);
    expect(minutesIssues([item([{ ...decision, id: 'd1', textDe: 'Berichtigt.' }])], NOW)).toEqual([]);
  });

  it('sends texts trimmed, milestones only with new decisions, and no title when moving one', () => {
    const moved = {
      ...newDecision(),
      textDe: ' Verschoben ',
      withMilestone: true,
      projectId: 'p1',
      milestoneId: 'm1',
      title: 'x',
      dueOn: '2027-04-01',
    };
    const created = {
      ...newDecision(),
      textDe: 'Neu',
      textEn: 'New',
      withMilestone: true,
      projectId: 'p1',
      title: ' Pilot ',
      responsibleOrganisationId: 'o1',
      dueOn: '2027-05-01',
    };
    const published = { ...newDecision(), id: 'd1', textDe: 'Alt', withMilestone: true, projectId: 'p1' };
    expect(minutesInput('m', [item([moved, created, published])])).toEqual({
      meetingId: 'm',
      items: [
        {
          agendaItemId: 'a1',
          text: 'Bericht',
          decisions: [
            {
              id: null,
              textDe: 'Verschoben',
              textEn: null,
              milestone: { projectId: 'p1', milestoneId: 'm1', title: null, responsibleOrganisationId: null, dueOn: '2027-04-01' },
            },
            {
              id: null,
              textDe: 'Neu',
              textEn: 'New',
              milestone: { projectId: 'p1', milestoneId: null, title: 'Pilot', responsibleOrganisationId: 'o1', dueOn: '2027-05-01' },
            },
            { id: 'd1', textDe: 'Alt', textEn: null, milestone: null },
          ],
        },
      ],
    });
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../test/utils';
import type { ChosenSkill } from '../entry-form';
import type { EntrySide } from '../paths';
import { requestsOf, SKILL_PLC, SKILL_PYTHON } from '../test/fixtures';
import { boardServer } from '../test/server';
import { SkillPicker } from './SkillPicker';

/** What the picker reported last (the form's state). */
let latest: ChosenSkill[] = [];

function Harness({ side, initial = [] }: { side: EntrySide; initial?: ChosenSkill[] }) {
  const [skills, setSkills] = useState(initial);
  return (
    <SkillPicker
      id="skills"
      side={side}
      value={skills}
      onChange={(next) => {
        latest = next;
        setSkills(next);
      }}
    />
  );
}

const python: ChosenSkill = { id: SKILL_PYTHON, label: 'Python', level: 'INTERMEDIATE', weight: 'REQUIRED' };

describe('SkillPicker', () => {
  beforeEach(() => {
    latest = [];
  });

  it('searches as you type (debounced, by synonym), takes a suggestion with the keyboard', async () => {
    const user = userEvent.setup();
    const { requests } = boardServer();
    renderWithProviders(<Harness side="need" />);
    const box = screen.getByRole('combobox', { name: 'Skill hinzufügen' });
    expect(box.getAttribute('aria-expanded')).toBe('false');

    await user.type(box, 'SPS');
    const option = await screen.findByRole('option', { name: /Speicherprogrammierbare Steuerung \(SPS\)/ });
    expect(option.textContent).toContain('Automatisierung');
    // One request for the whole word: typing is debounced.
    expect(requestsOf(requests, 'SkillSearch').map((request) => request.variables)).toEqual([{ search: 'SPS', first: 10 }]);
    expect(box.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByText('1 Vorschlag. Mit den Pfeiltasten auswählen, Enter übernimmt.').getAttribute('role')).toBe('status');

    await user.keyboard('{ArrowDown}');
    expect(box.getAttribute('aria-activedescendant')).toBe(option.id);
    expect(option.getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{Enter}');

    expect(latest).toEqual([{ id: SKILL_PLC, label: 'Speicherprogrammierbare Steuerung (SPS)', level: 'INTERMEDIATE', weight: 'REQUIRED' }]);
    expect((box as HTMLInputElement).value).toBe('');
    expect(box.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(box);
    expect(screen.getByText('1 Skill gewählt')).toBeTruthy();
    expect(screen.getByText(/„Speicherprogrammierbare Steuerung \(SPS\)“ hinzugefügt/).getAttribute('role')).toBe('status');
  });

  it('sets level and weight per skill, and removes a skill with focus back in the search box', async () => {
    const user = userEvent.setup();
    boardServer();
    renderWithProviders(<Harness side="need" initial={[python]} />);
    const item = screen.getByRole('list', { name: '1 Skill gewählt' }).querySelector('li')!;
    await user.selectOptions(within(item).getByRole('combobox', { name: 'Niveau für „Python“' }), 'Experte');
    await user.selectOptions(within(item).getByRole('combobox', { name: 'Gewichtung für „Python“' }), 'Wunsch');
    expect(latest).toEqual([{ ...python, level: 'EXPERT', weight: 'NICE_TO_HAVE' }]);

    await user.click(within(item).getByRole('button', { name: 'Entfernen Python' }));
    expect(latest).toEqual([]);
    expect(document.activeElement).toBe(screen.getByRole('combobox', { name: 'Skill hinzufügen' }));
    expect(screen.getByText('„Python“ entfernt.')).toBeTruthy();
    expect(screen.getByText('Noch kein Skill gewählt.')).toBeTruthy();
  });

  it('offers have levels but no weight; chosen skills are marked and not taken twice', async () => {
    const user = userEvent.setup();
    boardServer();
    renderWithProviders(<Harness side="offer" initial={[python]} />);
    expect(screen.queryByRole('combobox', { name: /Gewichtung/ })).toBeNull();
    const box = screen.getByRole('combobox', { name: 'Skill hinzufügen' });
    await user.type(box, 'pyth');
    const option = await screen.findByRole('option', { name: /Python/ });
    expect(option.getAttribute('aria-disabled')).toBe('true');
    expect(option.textContent).toContain('schon gewählt');
    await user.click(option);
    expect(latest).toEqual([]);
    expect(screen.getByText('1 Skill gewählt')).toBeTruthy();
  });

  it('closes the suggestions with Escape, empties the box with a second Escape, says when nothing matches', async () => {
    const user = userEvent.setup();
    boardServer();
    renderWithProviders(<Harness side="need" />);
    const box = screen.getByRole('combobox', { name: 'Skill hinzufügen' });
    await user.type(box, 'python');
    await screen.findByRole('option', { name: /Python/ });
    await user.keyboard('{Escape}');
    expect(box.getAttribute('aria-expanded')).toBe('false');
    expect((box as HTMLInputElement).value).toBe('python');
    await user.keyboard('{ArrowDown}');
    expect(box.getAttribute('aria-expanded')).toBe('true');
    await user.keyboard('{Escape}{Escape}');
    expect((box as HTMLInputElement).value).toBe('');

    await user.type(box, 'Häkeln');
    expect(await screen.findByText('Kein Skill zu „Häkeln“ gefunden.')).toBeTruthy();
    await user.click(box);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(latest).toEqual([]));
  });
});

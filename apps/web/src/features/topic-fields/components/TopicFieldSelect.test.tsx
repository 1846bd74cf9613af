import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { TopicFieldKey } from '../../../gql/graphql';
import { topicFieldsData } from '../../../test/fixtures';
import { fakeGraphQL, renderWithProviders } from '../../../test/utils';
import { TopicFieldSelect } from './TopicFieldSelect';

function Filter({ initial, changes }: { initial: TopicFieldKey | null; changes: Array<TopicFieldKey | null> }) {
  const [value, setValue] = useState(initial);
  return (
    <TopicFieldSelect
      id="topic"
      label="Themenfeld"
      allLabel="Alle Themenfelder"
      value={value}
      onChange={(next) => {
        changes.push(next);
        setValue(next);
      }}
    />
  );
}

describe('TopicFieldSelect', () => {
  it('offers "all" first, then the fields in their position order, titled in the language asked for', async () => {
    const reversed = { topicFields: [...topicFieldsData().topicFields].reverse() };
    const { requests } = fakeGraphQL(() => ({ data: reversed }));
    renderWithProviders(<Filter initial={null} changes={[]} />);
    const select = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Themenfeld' });
    expect(await screen.findByRole('option', { name: 'Infrastruktur' })).toBeTruthy();
    expect([...select.options].map((option) => [option.value, option.textContent])).toEqual([
      ['', 'Alle Themenfelder'],
      ['NETWORKING', 'Vernetzung'],
      ['SKILLED_WORKERS', 'Fachkräfte'],
      ['IT_COMPETENCE', 'IT-Kompetenz'],
      ['RECOVERY', 'Erholung'],
      ['INFRASTRUCTURE', 'Infrastruktur'],
    ]);
    expect(select.value).toBe('');
    expect(select.required).toBe(false);
    expect(requests.map((request) => request.language)).toEqual(['de']);
  });

  it('hands the chosen key, and null for "all", to onChange', async () => {
    fakeGraphQL(() => ({ data: topicFieldsData() }));
    const changes: Array<TopicFieldKey | null> = [];
    renderWithProviders(<Filter initial="RECOVERY" changes={changes} />);
    const select = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Themenfeld' });
    await screen.findByRole('option', { name: 'IT-Kompetenz' });
    expect(select.value).toBe('RECOVERY');
    const user = userEvent.setup();
    await user.selectOptions(select, 'IT_COMPETENCE');
    expect(select.value).toBe('IT_COMPETENCE');
    await user.selectOptions(select, '');
    expect(changes).toEqual(['IT_COMPETENCE', null]);
    expect(select.value).toBe('');
  });

  it('shows only "all" while the fields load or when they fail', () => {
    fakeGraphQL(() => ({ networkError: true }));
    renderWithProviders(<Filter initial={null} changes={[]} />);
    const select = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Themenfeld' });
    expect([...select.options].map((option) => option.textContent)).toEqual(['Alle Themenfelder']);
  });
});

import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../test/utils';
import { RepeatedHourChoice } from './RepeatedHourChoice';

describe('RepeatedHourChoice', () => {
  it('asks which 02:30 is meant in the night the clocks go back, naming summer and winter time', async () => {
    const onChange = vi.fn();
    renderWithProviders(<RepeatedHourChoice id="start" date="2027-10-31" time="02:30" second={false} onChange={onChange} />);
    expect(screen.getByRole('group', { name: /02:30 Uhr gibt es in dieser Nacht zweimal/ }).tagName).toBe('FIELDSET');
    expect(screen.getByRole<HTMLInputElement>('radio', { name: '02:30 MESZ – die erste, noch Sommerzeit' }).checked).toBe(true);
    await userEvent.click(screen.getByRole('radio', { name: '02:30 MEZ – die zweite, schon Winterzeit' }));
    expect(onChange).toHaveBeenCalledWith(true);
  });

  it('shows nothing for a time that occurs once (the spring gap included)', () => {
    for (const [date, time] of [
      ['2027-10-31', '03:00'],
      ['2027-10-30', '02:30'],
      ['2027-03-28', '02:30'],
      ['', ''],
    ] as const) {
      const { container, unmount } = renderWithProviders(
        <RepeatedHourChoice id="start" date={date} time={time} second={false} onChange={() => {}} />,
      );
      expect(container.querySelector('fieldset')).toBeNull();
      unmount();
    }
  });
});

import { describe, expect, it } from 'vitest';
import { punctualityOf } from './projects.js';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const now = new Date('2026-06-15T10:00:00Z');

describe('punctualityOf', () => {
  it('counts done-by-plan as on time, done later or overdue as late, future as open', () => {
    expect(
      punctualityOf(
        [
          { dueOn: day('2026-03-31'), originalDueOn: null, doneAt: new Date('2026-03-31T21:30:00Z') }, // 23:30 Berlin, same day
          { dueOn: day('2026-03-31'), originalDueOn: null, doneAt: new Date('2026-03-31T22:30:00Z') }, // 00:30 Berlin, next day
          { dueOn: day('2026-06-01'), originalDueOn: null, doneAt: null },
          { dueOn: day('2026-07-01'), originalDueOn: null, doneAt: null },
        ],
        now,
      ),
    ).toEqual({ onTime: 1, late: 2, open: 1 });
  });

  it('measures against the first plan, so moving a milestone later does not make it punctual', () => {
    const moved = { dueOn: day('2026-09-30'), originalDueOn: day('2026-04-30'), doneAt: new Date('2026-05-10T09:00:00Z') };
    expect(punctualityOf([moved], now)).toEqual({ onTime: 0, late: 1, open: 0 });
    expect(punctualityOf([{ ...moved, doneAt: null }], now)).toEqual({ onTime: 0, late: 1, open: 0 });
  });
});

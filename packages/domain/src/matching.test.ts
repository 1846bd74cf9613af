import { describe, expect, it } from 'vitest';
import { greatCircleKm, scoreMatch, type NeedForMatching, type OfferForMatching } from './matching.js';

const DORTMUND = { latitude: 51.5136, longitude: 7.4653 };
const LUEDENSCHEID = { latitude: 51.2198, longitude: 7.6273 };
const SIEGEN = { latitude: 50.8748, longitude: 8.0243 };
const TODAY = '2026-11-22';

function need(overrides: Partial<NeedForMatching> = {}): NeedForMatching {
  return {
    skills: [
      { skillId: 'plc', weight: 'REQUIRED', level: 'INTERMEDIATE' },
      { skillId: 'cnc', weight: 'REQUIRED', level: 'EXPERT' },
      { skillId: 'cad', weight: 'NICE_TO_HAVE', level: 'BASIC' },
    ],
    remoteMode: 'ONSITE',
    startDate: null,
    location: DORTMUND,
    ...overrides,
  };
}

function offer(overrides: Partial<OfferForMatching> = {}): OfferForMatching {
  return {
    skills: [
      { skillId: 'plc', level: 'EXPERT' },
      { skillId: 'cnc', level: 'EXPERT' },
      { skillId: 'cad', level: 'INTERMEDIATE' },
    ],
    radiusKm: 50,
    availableFrom: TODAY,
    location: DORTMUND,
    ...overrides,
  };
}

describe('greatCircleKm', () => {
  it('measures Dortmund–Siegen (≈ 81 km as the crow flies) and Dortmund–Lüdenscheid (≈ 35 km)', () => {
    expect(greatCircleKm(DORTMUND, SIEGEN)).toBeCloseTo(81.0, 0);
    expect(greatCircleKm(DORTMUND, LUEDENSCHEID)).toBeCloseTo(34.6, 0);
    expect(greatCircleKm(DORTMUND, DORTMUND)).toBe(0);
    expect(greatCircleKm(SIEGEN, DORTMUND)).toBe(greatCircleKm(DORTMUND, SIEGEN));
  });
});

describe('scoreMatch', () => {
  it('gives a perfect offer nearby, available today, the full score', () => {
    const match = scoreMatch(need(), offer(), TODAY)!;
    expect(match).toMatchObject({ score: 1, skillScore: 1, distanceScore: 1, availabilityScore: 1, requiredShared: 2, requiredTotal: 2 });
    expect(match.sharedSkillIds).toEqual(['plc', 'cnc', 'cad']);
    expect(match.missingSkillIds).toEqual([]);
  });

  it('is no match at all without a common skill', () => {
    expect(scoreMatch(need(), offer({ skills: [{ skillId: 'sap', level: 'EXPERT' }] }), TODAY)).toBeNull();
  });

  it('weighs required skills three times a nice-to-have one', () => {
    const onlyNice = scoreMatch(need(), offer({ skills: [{ skillId: 'cad', level: 'EXPERT' }] }), TODAY)!;
    // 1 of (3 + 3 + 1) weight units covered.
    expect(onlyNice.skillScore).toBeCloseTo(1 / 7, 12);
    expect(onlyNice.requiredShared).toBe(0);
    expect(onlyNice.missingSkillIds).toEqual(['plc', 'cnc']);
    const oneRequired = scoreMatch(need(), offer({ skills: [{ skillId: 'plc', level: 'EXPERT' }] }), TODAY)!;
    expect(oneRequired.skillScore).toBeCloseTo(3 / 7, 12);
    expect(oneRequired.score).toBeGreaterThan(onlyNice.score);
  });

  it('counts a level one below half and two below a fifth', () => {
    const oneBelow = scoreMatch(need(), offer({ skills: [{ skillId: 'cnc', level: 'INTERMEDIATE' }] }), TODAY)!;
    expect(oneBelow.skillScore).toBeCloseTo((3 * 0.5) / 7, 12);
    const twoBelow = scoreMatch(need(), offer({ skills: [{ skillId: 'cnc', level: 'BASIC' }] }), TODAY)!;
    expect(twoBelow.skillScore).toBeCloseTo((3 * 0.2) / 7, 12);
    // A higher level than needed is no better than the level needed.
    const above = scoreMatch(need(), offer({ skills: [{ skillId: 'cad', level: 'EXPERT' }] }), TODAY)!;
    expect(above.skillScore).toBeCloseTo(1 / 7, 12);
  });

  it('keeps full distance credit up to the radius, then falls to zero at twice the radius', () => {
    const km = greatCircleKm(DORTMUND, LUEDENSCHEID);
    const justInside = scoreMatch(need({ location: LUEDENSCHEID }), offer({ radiusKm: Math.ceil(km) }), TODAY)!;
    expect(justInside.distanceScore).toBe(1);
    const justOutside = scoreMatch(need({ location: LUEDENSCHEID }), offer({ radiusKm: Math.floor(km) }), TODAY)!;
    expect(justOutside.distanceScore).toBeLessThan(1);
    expect(justOutside.distanceScore).toBeGreaterThan(0.95);
    const half = scoreMatch(need({ location: LUEDENSCHEID }), offer({ radiusKm: Math.round(km / 1.5) }), TODAY)!;
    expect(half.distanceScore).toBeCloseTo(1 - (km - Math.round(km / 1.5)) / Math.round(km / 1.5), 12);
    const far = scoreMatch(need({ location: SIEGEN }), offer({ radiusKm: 20 }), TODAY)!;
    expect(far.distanceScore).toBe(0);
    expect(far.distanceKm).toBeCloseTo(81.0, 0);
  });

  it('treats a radius of 0 as "only my own municipality"', () => {
    expect(scoreMatch(need(), offer({ radiusKm: 0 }), TODAY)!.distanceScore).toBe(1);
    expect(scoreMatch(need({ location: LUEDENSCHEID }), offer({ radiusKm: 0 }), TODAY)!.distanceScore).toBe(0);
  });

  it('ignores distance for remote needs and halves its weight for hybrid ones', () => {
    const remote = scoreMatch(need({ remoteMode: 'REMOTE', location: SIEGEN }), offer({ radiusKm: 10 }), TODAY)!;
    expect(remote.distanceScore).toBe(1);
    expect(remote.distanceIgnored).toBe(true);
    expect(remote.score).toBe(1);
    const hybrid = scoreMatch(need({ remoteMode: 'HYBRID', location: SIEGEN }), offer({ radiusKm: 10 }), TODAY)!;
    expect(hybrid.distanceScore).toBe(0.5);
    expect(hybrid.distanceIgnored).toBe(false);
  });

  it('lowers availability linearly when the offer starts after the need, to zero at 90 days', () => {
    const start = '2027-01-01';
    expect(scoreMatch(need({ startDate: start }), offer({ availableFrom: '2026-12-01' }), TODAY)!.availabilityScore).toBe(1);
    expect(scoreMatch(need({ startDate: start }), offer({ availableFrom: start }), TODAY)!.availabilityScore).toBe(1);
    const thirtyLate = scoreMatch(need({ startDate: start }), offer({ availableFrom: '2027-01-31' }), TODAY)!;
    expect(thirtyLate.availabilityGapDays).toBe(30);
    expect(thirtyLate.availabilityScore).toBeCloseTo(2 / 3, 12);
    expect(scoreMatch(need({ startDate: start }), offer({ availableFrom: '2027-04-01' }), TODAY)!.availabilityScore).toBe(0);
  });

  it('measures a need without start date ("as soon as possible") from today, across a DST change', () => {
    const future = scoreMatch(need(), offer({ availableFrom: '2027-04-01' }), '2027-03-20')!;
    expect(future.availabilityGapDays).toBe(12);
    expect(future.availabilityScore).toBeCloseTo(1 - 12 / 90, 12);
    // A need starting in the past counts from today too.
    const past = scoreMatch(need({ startDate: '2026-01-01' }), offer({ availableFrom: '2026-12-22' }), TODAY)!;
    expect(past.availabilityGapDays).toBe(30);
  });

  it('combines 60 % skills, 25 % distance and 15 % availability', () => {
    const match = scoreMatch(
      need({ startDate: '2027-01-01', location: SIEGEN }),
      offer({ skills: [{ skillId: 'plc', level: 'EXPERT' }], radiusKm: 20, availableFrom: '2027-01-31' }),
      TODAY,
    )!;
    expect(match.score).toBeCloseTo(0.6 * (3 / 7) + 0.25 * 0 + 0.15 * (2 / 3), 12);
  });

  it('refuses inputs it cannot score', () => {
    expect(() => scoreMatch(need({ skills: [] }), offer(), TODAY)).toThrow(/skill/);
    expect(() => scoreMatch(need(), offer({ availableFrom: '22.11.2026' }), TODAY)).toThrow(/date/);
    expect(() => scoreMatch(need(), offer({ radiusKm: -1 }), TODAY)).toThrow(/radius/);
  });
});

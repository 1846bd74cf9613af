import { describe, expect, it } from 'vitest';
import { i18n } from '../../i18n';
import { explainMatch, type MatchExplanation } from './match-explanation';

const skill = (id: string) => ({ id, label: id });

function match(overrides: Partial<MatchExplanation> = {}): MatchExplanation {
  return {
    score: 0.8,
    distanceKm: 23.6,
    distanceIgnored: false,
    availabilityGapDays: 0,
    requiredShared: 3,
    requiredTotal: 4,
    crossRegion: true,
    sharedSkills: [skill('a'), skill('b'), skill('c')],
    missingSkills: [skill('d')],
    ...overrides,
  };
}

describe('match explanation wording', () => {
  const de = i18n.getFixedT('de');
  const en = i18n.getFixedT('en');

  it('says required skills, rounded distance and "ab sofort" for a need without start date', () => {
    expect(explainMatch(match(), null, de)).toBe('3 von 4 Pflicht-Skills · 24 km · ab sofort verfügbar');
    expect(explainMatch(match(), null, en)).toBe('3 of 4 required skills · 24 km · available now');
  });

  it('says "rechtzeitig" when the need has a start date and the offer is there by then', () => {
    expect(explainMatch(match(), '2026-09-01', de)).toBe('3 von 4 Pflicht-Skills · 24 km · rechtzeitig verfügbar');
    expect(explainMatch(match(), '2026-09-01', en)).toBe('3 of 4 required skills · 24 km · available in time');
  });

  it('counts the days after the start, in singular and plural', () => {
    expect(explainMatch(match({ availabilityGapDays: 1 }), '2026-09-01', de)).toContain('verfügbar 1 Tag nach Start');
    expect(explainMatch(match({ availabilityGapDays: 12 }), null, de)).toContain('verfügbar 12 Tage nach Start');
    expect(explainMatch(match({ availabilityGapDays: 12 }), null, en)).toContain('available 12 days after the start');
  });

  it('ignores the distance for remote needs', () => {
    expect(explainMatch(match({ distanceIgnored: true, distanceKm: 312 }), null, de)).toBe(
      '3 von 4 Pflicht-Skills · Remote – Entfernung egal · ab sofort verfügbar',
    );
    expect(explainMatch(match({ distanceIgnored: true }), null, en)).toContain('Remote – distance does not matter');
  });

  it('counts all skills when the need has only nice-to-have ones', () => {
    expect(explainMatch(match({ requiredShared: 0, requiredTotal: 0, distanceKm: 0.4 }), null, de)).toBe(
      '3 von 4 Skills · 0 km · ab sofort verfügbar',
    );
  });
});

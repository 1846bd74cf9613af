import { scoreMatch, type NeedForMatching, type OfferForMatching, type RemoteMode, type SkillLevel, type SkillWeight } from '@wiw/domain';
import { MatchingService } from '../src/matchmaking/matching/matching.service';
import { NeedsService } from '../src/matchmaking/needs/needs.service';
import { OffersService } from '../src/matchmaking/offers/offers.service';
import { seededRandom } from './support/random';
import { startTestApp, type TestApp } from './support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.close();
});

const LEVELS: SkillLevel[] = ['BASIC', 'INTERMEDIATE', 'EXPERT'];
const WEIGHTS: SkillWeight[] = ['REQUIRED', 'NICE_TO_HAVE'];
const MODES: RemoteMode[] = ['ONSITE', 'HYBRID', 'REMOTE'];
const TODAY = '2026-11-22';
const day = (offset: number) => new Date(Date.parse(`${TODAY}T00:00:00Z`) + offset * 86_400_000);
const iso = (date: Date) => date.toISOString().slice(0, 10);

describe('matching in PostgreSQL', () => {
  it('ranks exactly like the domain score function, both ways, on random data', async () => {
    const prisma = t.db.database.prisma;
    const rnd = seededRandom(20261122);
    const needs = t.app.get(NeedsService);
    const offers = t.app.get(OffersService);
    const matching = t.app.get(MatchingService);

    const skills = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        prisma.skill.create({
          data: {
            slug: `property-skill-${i}`,
            labelDe: `Eigenschaft ${i}`,
            labelEn: `Property ${i}`,
            synonyms: [],
            category: 'OTHER',
            searchText: `eigenschaft ${i}`,
          },
        }),
      ),
    );
    const municipalities = await prisma.municipality.findMany({ include: { region: true } });
    const companies = await prisma.organisation.findMany({ where: { kind: 'COMPANY', verifiedAt: { not: null } }, take: 6 });
    const user = await prisma.user.create({
      data: { email: 'property@example.org', name: 'Property Test', passwordHash: 'x', emailVerifiedAt: new Date() },
    });
    await prisma.membership.createMany({
      data: companies.map((company) => ({ userId: user.id, organisationId: company.id, role: 'MEMBER' as const })),
    });

    const needIds: string[] = [];
    for (let i = 0; i < 12; i += 1) {
      const need = await needs.create(
        user.id,
        {
          organisationId: rnd.pick(companies).id,
          title: `Bedarf ${i}`,
          description: '',
          headcount: 1,
          kind: 'EMPLOYMENT',
          municipalityId: rnd.pick(municipalities).id,
          remoteMode: rnd.pick(MODES),
          startDate: rnd.next() < 0.3 ? null : day(rnd.int(-30, 120)),
          topicField: 'SKILLED_WORKERS',
          skills: rnd.distinct(skills, rnd.int(1, 6)).map((skill) => ({ skillId: skill.id, weight: rnd.pick(WEIGHTS), level: rnd.pick(LEVELS) })),
        },
        'test',
      );
      if (i % 4 !== 3) await needs.publish(user.id, need.id, 'test');
      needIds.push(need.id);
    }
    const offerIds: string[] = [];
    for (let i = 0; i < 120; i += 1) {
      const offer = await offers.create(
        user.id,
        {
          kind: 'IT_COMPETENCE',
          organisationId: rnd.pick(companies).id,
          title: `Angebot ${i}`,
          description: '',
          municipalityId: rnd.pick(municipalities).id,
          // Some radii sit exactly on a distance, to test the boundary.
          radiusKm: rnd.pick([0, 5, 10, 25, 40, 60, 100]),
          availableFrom: day(rnd.int(-20, 150)),
          remoteWilling: rnd.next() < 0.5,
          skills: rnd.distinct(skills, rnd.int(1, 5)).map((skill) => ({ skillId: skill.id, level: rnd.pick(LEVELS) })),
        },
        'test',
      );
      if (i % 5 !== 4) await offers.publish(user.id, offer.id, 'test');
      offerIds.push(offer.id);
    }

    const place = new Map(municipalities.map((m) => [m.id, m]));
    const loadNeed = async (id: string): Promise<NeedForMatching & { organisationId: string; open: boolean; municipalityId: string }> => {
      const row = await prisma.skillNeed.findUniqueOrThrow({ where: { id }, include: { skills: true } });
      const m = place.get(row.municipalityId)!;
      return {
        skills: row.skills.map((s) => ({ skillId: s.skillId, weight: s.weight, level: s.level })),
        remoteMode: row.remoteMode,
        startDate: row.startDate ? iso(row.startDate) : null,
        location: m,
        organisationId: row.organisationId,
        open: row.status === 'OPEN',
        municipalityId: row.municipalityId,
      };
    };
    const loadOffer = async (id: string): Promise<OfferForMatching & { organisationId: string | null; open: boolean; municipalityId: string }> => {
      const row = await prisma.skillOffer.findUniqueOrThrow({ where: { id }, include: { skills: true } });
      return {
        skills: row.skills.map((s) => ({ skillId: s.skillId, level: s.level })),
        radiusKm: row.radiusKm,
        availableFrom: iso(row.availableFrom),
        location: place.get(row.municipalityId)!,
        organisationId: row.organisationId,
        open: row.status === 'OPEN',
        municipalityId: row.municipalityId,
      };
    };
    const allNeeds = new Map(await Promise.all(needIds.map(async (id) => [id, await loadNeed(id)] as const)));
    const allOffers = new Map(await Promise.all(offerIds.map(async (id) => [id, await loadOffer(id)] as const)));
    const side = (municipalityId: string) => place.get(municipalityId)!.region.side;
    const cross = (a: string, b: string) => side(a) !== null && side(b) !== null && side(a) !== side(b);

    let compared = 0;
    for (const [needId, need] of allNeeds) {
      const expected = [...allOffers]
        .filter(([, offer]) => offer.open && offer.organisationId !== need.organisationId)
        .map(([id, offer]) => ({ id, offer, match: scoreMatch(need, offer, TODAY) }))
        .filter((entry) => entry.match !== null)
        .sort((a, b) => b.match!.score - a.match!.score || (a.id < b.id ? -1 : 1));
      const actual = await matching.offersForNeed(needId, 1000, TODAY);
      expect(actual.map((m) => m.id)).toEqual(expected.map((e) => e.id));
      // Short lists are pruned (only candidates that can still reach the top are scored): still exact.
      for (const limit of [1, 3, 7])
        expect((await matching.offersForNeed(needId, limit, TODAY)).map((m) => m.id)).toEqual(expected.slice(0, limit).map((e) => e.id));
      actual.forEach((m, index) => {
        const e = expected[index]!;
        expect(m.score).toBeCloseTo(e.match!.score, 12);
        expect(m.distanceKm).toBeCloseTo(e.match!.distanceKm, 9);
        expect(m).toMatchObject({
          sharedSkillIds: expect.arrayContaining(e.match!.sharedSkillIds) as unknown,
          requiredShared: e.match!.requiredShared,
          requiredTotal: e.match!.requiredTotal,
          availabilityGapDays: e.match!.availabilityGapDays,
          distanceIgnored: e.match!.distanceIgnored,
          crossRegion: cross(need.municipalityId, e.offer.municipalityId),
        });
        expect(m.sharedSkillIds).toHaveLength(e.match!.sharedSkillIds.length);
        compared += 1;
      });
    }
    for (const [offerId, offer] of allOffers) {
      const expected = [...allNeeds]
        .filter(([, need]) => need.open && need.organisationId !== offer.organisationId)
        .map(([id, need]) => ({ id, match: scoreMatch(need, offer, TODAY) }))
        .filter((entry) => entry.match !== null)
        .sort((a, b) => b.match!.score - a.match!.score || (a.id < b.id ? -1 : 1));
      const actual = await matching.needsForOffer(offerId, 1000, TODAY);
      expect(actual.map((m) => m.id)).toEqual(expected.map((e) => e.id));
      for (const limit of [1, 2])
        expect((await matching.needsForOffer(offerId, limit, TODAY)).map((m) => m.id)).toEqual(expected.slice(0, limit).map((e) => e.id));
      actual.forEach((m, index) => expect(m.score).toBeCloseTo(expected[index]!.match!.score, 12));
      compared += actual.length;
    }
    // The random data must actually exercise the comparison.
    expect(compared).toBeGreaterThan(300);
  });
});

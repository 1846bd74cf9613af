import { foldText, searchText } from '@wiw/domain';
import { cumulativeOf, SeededRandom } from './random';

/** What the generator needs from the database: the taxonomy and the places. */
export interface ScaleInputs {
  skills: ReadonlyArray<{ id: string; slug: string; category: string }>;
  municipalities: ReadonlyArray<{ id: string; name: string }>;
  today: Date;
}

export interface ScaleOptions {
  needs: number;
  offers: number;
  seed: number;
  /** How the rows are marked (slugs, e-mail addresses, descriptions); the scale data's marks unless given. */
  label?: DataLabel;
}

/** The marks of generated rows: the scale data's ("scale-…", "Skalendaten") or the demo's ("fiktiv-…"). */
export interface DataLabel {
  /** Prefix of slugs and e-mail addresses. */
  slug: string;
  /** Said in descriptions and messages, e.g. "Skalendaten". */
  note: string;
  /** Appended to organisation names, e.g. " (fiktiv)". */
  mark: string;
}

export const SCALE_LABEL: DataLabel = { slug: 'scale', note: 'Skalendaten', mark: '' };

const LEVELS = ['BASIC', 'INTERMEDIATE', 'EXPERT'] as const;
const NEED_KINDS = ['EMPLOYMENT', 'EMPLOYMENT', 'EMPLOYMENT', 'APPRENTICESHIP', 'PROJECT', 'CONSULTING'] as const;
const REMOTE_MODES = ['ONSITE', 'ONSITE', 'ONSITE', 'ONSITE', 'ONSITE', 'ONSITE', 'ONSITE', 'HYBRID', 'HYBRID', 'REMOTE'] as const;
const TOPIC_FIELDS = [
  'SKILLED_WORKERS',
  'SKILLED_WORKERS',
  'SKILLED_WORKERS',
  'SKILLED_WORKERS',
  'IT_COMPETENCE',
  'IT_COMPETENCE',
  'IT_COMPETENCE',
  'RECOVERY',
  'NETWORKING',
  'INFRASTRUCTURE',
] as const;
const OFFER_KINDS = ['TRAINING', 'TRAINING', 'ADVISORY', 'IT_COMPETENCE', 'IT_COMPETENCE', 'TALENT', 'TALENT', 'TALENT'] as const;
const RADII = [10, 25, 25, 50, 50, 50, 75, 100] as const;
const TRADES = [
  'Metallbau',
  'Werkzeugbau',
  'Kunststofftechnik',
  'Logistik',
  'Software',
  'Maschinenbau',
  'Fahrzeugteile',
  'Elektrotechnik',
  'Datenanalyse',
  'Automation',
];
const TITLES = ['Fachkraft', 'Spezialistin oder Spezialist', 'Unterstützung', 'Verstärkung', 'Projektpartner', 'Auszubildende'];
const DAY_MS = 86_400_000;
/** Popularity falls with rank like a Zipf law with this exponent: a few skills are asked for everywhere. */
const ZIPF_EXPONENT = 0.9;

export interface ScaleData {
  organisations: Array<{ id: string; slug: string; name: string; kind: string; municipalityId: string; sortName: string; searchText: string }>;
  users: Array<{ id: string; email: string; name: string }>;
  needs: Array<{
    id: string;
    organisationId: string;
    title: string;
    description: string;
    headcount: number;
    kind: string;
    municipalityId: string;
    remoteMode: string;
    startDate: Date | null;
    topicFieldKey: string;
    status: string;
    publishedAt: Date | null;
    expiresAt: Date | null;
    searchText: string;
  }>;
  needSkills: Array<{ needId: string; skillId: string; weight: string; level: string }>;
  offers: Array<{
    id: string;
    kind: string;
    organisationId: string | null;
    ownerId: string | null;
    title: string;
    description: string;
    municipalityId: string;
    radiusKm: number;
    availableFrom: Date;
    remoteWilling: boolean;
    status: string;
    publishedAt: Date | null;
    searchText: string;
  }>;
  offerSkills: Array<{ offerId: string; skillId: string; level: string }>;
}

/**
 * Generates needs and offers with a realistic shape: each entry has a main skill category
 * (most of its skills come from it), skills follow a skewed popularity, places are spread over
 * all municipalities, and most entries are open. Pure: the same inputs and seed give the same data.
 */
export function generateScaleData(inputs: ScaleInputs, options: ScaleOptions): ScaleData {
  const rnd = new SeededRandom(options.seed);
  const label = options.label ?? SCALE_LABEL;
  if (inputs.skills.length < 10) throw new Error('The skill taxonomy is missing: run the demo seed (npm run db:seed) first.');
  // Popularity by a seeded shuffle, not by alphabet.
  const ranked = rnd.shuffle([...inputs.skills].sort((a, b) => (a.slug < b.slug ? -1 : 1)));
  const weights = ranked.map((_, rank) => 1 / (rank + 1) ** ZIPF_EXPONENT);
  const globalCumulative = cumulativeOf(weights);
  const categories = [...new Set(ranked.map((skill) => skill.category))];
  const byCategory = new Map(
    categories.map((category) => {
      const members = ranked.map((skill, index) => ({ skill, weight: weights[index]! })).filter((entry) => entry.skill.category === category);
      return [category, { skills: members.map((entry) => entry.skill), cumulative: cumulativeOf(members.map((entry) => entry.weight)) }];
    }),
  );
  const categoryCumulative = cumulativeOf(categories.map((category) => byCategory.get(category)!.cumulative.at(-1)!));

  const chooseSkills = (count: number): string[] => {
    const category = byCategory.get(rnd.weighted(categories, categoryCumulative))!;
    const chosen = new Set<string>();
    for (let attempts = 0; chosen.size < count && attempts < count * 10; attempts += 1) {
      const skill = rnd.next() < 0.8 ? rnd.weighted(category.skills, category.cumulative) : rnd.weighted(ranked, globalCumulative);
      chosen.add(skill.id);
    }
    return [...chosen];
  };
  const day = (offset: number) =>
    new Date(Date.UTC(inputs.today.getUTCFullYear(), inputs.today.getUTCMonth(), inputs.today.getUTCDate()) + offset * DAY_MS);

  const data: ScaleData = { organisations: [], users: [], needs: [], needSkills: [], offers: [], offerSkills: [] };
  const organisation = (prefix: string, i: number, kind: string) => {
    const town = rnd.pick(inputs.municipalities);
    const name = `${rnd.pick(TRADES)} ${town.name} ${prefix.toUpperCase()}-${i} GmbH${label.mark}`;
    const row = {
      id: rnd.uuid(),
      slug: `${label.slug}-${prefix}-${i}`,
      name,
      kind,
      municipalityId: town.id,
      sortName: foldText(name),
      searchText: searchText([name, town.name]),
    };
    data.organisations.push(row);
    return row;
  };
  const companies = Array.from({ length: Math.max(100, Math.ceil(options.needs / 50)) }, (_, i) => organisation('c', i, 'COMPANY'));
  const providers = Array.from({ length: Math.max(50, Math.ceil(options.offers / 100)) }, (_, i) =>
    organisation('p', i, rnd.pick(['EDUCATION', 'ADVISORY', 'COMPANY', 'RESEARCH'])),
  );
  for (let i = 0; i < Math.max(50, Math.ceil(options.offers / 200)); i += 1) {
    data.users.push({ id: rnd.uuid(), email: `${label.slug}-talent-${i}@${label.slug}.example.org`, name: `Talent ${i}` });
  }

  for (let i = 0; i < options.needs; i += 1) {
    const company = rnd.pick(companies);
    const roll = rnd.next();
    const status = roll < 0.85 ? 'OPEN' : roll < 0.9 ? 'DRAFT' : roll < 0.95 ? 'FILLED' : 'CLOSED';
    const publishedAt = status === 'DRAFT' ? null : new Date(day(-rnd.int(0, 85)).getTime() + rnd.int(0, DAY_MS - 1));
    const title = `${rnd.pick(TITLES)} ${rnd.pick(TRADES)} ${i}`;
    const need = {
      id: rnd.uuid(),
      organisationId: company.id,
      title,
      description: `Bedarf ${i} (${label.note})`,
      headcount: rnd.int(1, 5),
      kind: rnd.pick(NEED_KINDS),
      // Most needs sit where the company is; some elsewhere (branch offices).
      municipalityId: rnd.next() < 0.8 ? company.municipalityId : rnd.pick(inputs.municipalities).id,
      remoteMode: rnd.pick(REMOTE_MODES),
      startDate: rnd.next() < 0.4 ? null : day(rnd.int(-10, 120)),
      topicFieldKey: rnd.pick(TOPIC_FIELDS),
      status,
      publishedAt,
      expiresAt: publishedAt ? new Date(publishedAt.getTime() + 90 * DAY_MS) : null,
      searchText: searchText([title]),
    };
    data.needs.push(need);
    for (const skillId of chooseSkills(rnd.int(2, 7))) {
      data.needSkills.push({ needId: need.id, skillId, weight: rnd.next() < 0.6 ? 'REQUIRED' : 'NICE_TO_HAVE', level: rnd.pick(LEVELS) });
    }
  }
  for (let i = 0; i < options.offers; i += 1) {
    const kind = rnd.pick(OFFER_KINDS);
    const provider = kind === 'TALENT' ? null : rnd.pick(providers);
    const owner = kind === 'TALENT' ? rnd.pick(data.users) : null;
    const roll = rnd.next();
    const status = roll < 0.9 ? 'OPEN' : roll < 0.95 ? 'DRAFT' : 'CLOSED';
    const title = `${kind === 'TALENT' ? 'Fachkraft' : 'Angebot'} ${rnd.pick(TRADES)} ${i}`;
    const offer = {
      id: rnd.uuid(),
      kind,
      organisationId: provider?.id ?? null,
      ownerId: owner?.id ?? null,
      title,
      description: `Angebot ${i} (${label.note})`,
      municipalityId: provider && rnd.next() < 0.8 ? provider.municipalityId : rnd.pick(inputs.municipalities).id,
      radiusKm: rnd.pick(RADII),
      availableFrom: day(rnd.int(-30, 120)),
      remoteWilling: rnd.next() < 0.4,
      status,
      publishedAt: status === 'DRAFT' ? null : new Date(day(-rnd.int(0, 85)).getTime() + rnd.int(0, DAY_MS - 1)),
      searchText: searchText([title]),
    };
    data.offers.push(offer);
    for (const skillId of chooseSkills(rnd.int(1, 6))) data.offerSkills.push({ offerId: offer.id, skillId, level: rnd.pick(LEVELS) });
  }
  return data;
}

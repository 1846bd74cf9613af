import { Prisma } from '@wiw/db';
import { searchTerms } from '@wiw/domain';

/**
 * How well a skill answers a search, 0 best: 0 exact label (also without its parenthesis,
 * "Künstliche Intelligenz" for "Künstliche Intelligenz (KI)"), 1 exact synonym or abbreviation
 * (a part of the label's parenthesis: "KI", "SPS"), 2 a word of a label or synonym starts with
 * the search, 3 any other match. Both sides are compared in their loose spelling (see
 * looseSpelling() of @wiw/domain), so umlauts, ae/oe/ue and ß/ss rank alike.
 */
export const RANK_COUNT = 4;

/** The search as one phrase, folded and in its loose spelling, e.g. "kunstliche intelligenz". */
export function rankingPhrase(search: string | null | undefined): string {
  return searchTerms(search)
    .map((spellings) => spellings.at(-1)!)
    .join(' ');
}

const UPPER_UMLAUTS: ReadonlyArray<[string, string]> = [
  ['Ä', 'ae'],
  ['Ö', 'oe'],
  ['Ü', 'ue'],
  ['ä', 'ae'],
  ['ö', 'oe'],
  ['ü', 'ue'],
  ['ß', 'ss'],
];
const ACCENTED = 'àáâãåāèéêëēėìíîïīòóôõōùúûūýÿçćčñńšśžźżÀÁÂÃÅĀÈÉÊËĒĖÌÍÎÏĪÒÓÔÕŌÙÚÛŪÝŸÇĆČÑŃŠŚŽŹŻ';
/** Each of ACCENTED without its accent, as foldText() drops it. */
const PLAIN = [...ACCENTED].map((letter) => letter.normalize('NFKD').replace(/\p{M}/gu, '')).join('');

/**
 * foldText() + looseSpelling() of @wiw/domain in SQL, for names as stored: umlauts and ß spelled
 * out first (lower() leaves non-ASCII letters alone under the C collation), accents dropped,
 * whitespace collapsed, then ae/oe/ue → a/o/u where they are umlauts.
 */
function looseFolded(name: Prisma.Sql): Prisma.Sql {
  let sql = name;
  for (const [letter, spelled] of UPPER_UMLAUTS) sql = Prisma.sql`replace(${sql}, ${letter}, ${spelled})`;
  sql = Prisma.sql`btrim(regexp_replace(lower(translate(${sql}, ${ACCENTED}, ${PLAIN})), '\\s+', ' ', 'g'))`;
  for (const vowel of ['a', 'o', 'u']) sql = Prisma.sql`regexp_replace(${sql}, ${`(?<![aeiouq])${vowel}e`}, ${vowel}, 'g')`;
  return sql;
}

/** Regular-expression text matching `phrase` literally. */
function literal(phrase: string): string {
  return phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The rank (see RANK_COUNT) of the skill row `s` for the search, as an SQL expression; 0 without a search. */
export function skillRankSql(search: string | null | undefined): Prisma.Sql {
  const phrase = rankingPhrase(search);
  if (!phrase) return Prisma.sql`0`;
  const withoutParenthesis = (label: Prisma.Sql) => Prisma.sql`regexp_replace(${label}, '\\s*\\([^)]*\\)', '', 'g')`;
  const parenthesisParts = (label: Prisma.Sql) => Prisma.sql`unnest(regexp_split_to_array(substring(${label} from '\\(([^)]*)\\)'), '\\s*,\\s*'))`;
  const names = Prisma.sql`
    SELECT 0 AS kind, s."labelDe" AS name UNION ALL SELECT 0, s."labelEn"
    UNION ALL SELECT 0, ${withoutParenthesis(Prisma.sql`s."labelDe"`)} UNION ALL SELECT 0, ${withoutParenthesis(Prisma.sql`s."labelEn"`)}
    UNION ALL SELECT 1, unnest(s.synonyms)
    UNION ALL SELECT 1, ${parenthesisParts(Prisma.sql`s."labelDe"`)} UNION ALL SELECT 1, ${parenthesisParts(Prisma.sql`s."labelEn"`)}`;
  return Prisma.sql`(SELECT min(CASE WHEN n.folded = ${phrase} THEN n.kind WHEN n.folded ~ ${`(^|[^a-z0-9])${literal(phrase)}`} THEN 2 ELSE 3 END)
    FROM (SELECT kind, ${looseFolded(Prisma.sql`name`)} AS folded FROM (${names}) AS raw) AS n)`;
}

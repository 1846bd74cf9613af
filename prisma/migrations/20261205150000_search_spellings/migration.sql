-- Search that forgives how people type. Search text now also holds, after the folded text, the
-- spelling without umlauts of each word that has one (ae/oe/ue → a/o/u, not after a vowel or q:
-- "ludenscheid" finds "Lüdenscheid", "steuer" stays), and an organisation's text ends with its district ("Märkischer Kreis", not the
-- catch-all region OTHER). New rows get this from organisationSearchText(), searchText() and
-- skillSearchText() of @wiw/domain; this migration brings the rows written before up to date and
-- computes exactly the same (packages/db/src/migrate/search-spellings.test.ts compares both).

CREATE FUNCTION pg_temp.with_loose_spellings(folded text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT folded || COALESCE(' ' || (
    SELECT string_agg(loose, ' ' ORDER BY n)
    FROM (
      SELECT n, word, regexp_replace(regexp_replace(regexp_replace(word,
        '(?<![aeiouq])ae', 'a', 'g'), '(?<![aeiouq])oe', 'o', 'g'), '(?<![aeiouq])ue', 'u', 'g') AS loose
      FROM regexp_split_to_table(folded, ' ') WITH ORDINALITY AS words(word, n)
    ) AS spellings
    WHERE loose <> word
  ), '')
$$;

-- The district's name folded like foldText() folds it (region names hold umlauts, no other accents).
UPDATE "Organisation" o
SET "searchText" = o."searchText" || ' ' || lower(
  replace(replace(replace(replace(replace(replace(replace(r.name, 'Ä', 'ae'), 'Ö', 'oe'), 'Ü', 'ue'), 'ä', 'ae'), 'ö', 'oe'), 'ü', 'ue'), 'ß', 'ss'))
FROM "Municipality" m
JOIN "Region" r ON r.key = m."regionKey"
WHERE m.id = o."municipalityId" AND r.key <> 'OTHER';

UPDATE "Organisation" SET "searchText" = pg_temp.with_loose_spellings("searchText") WHERE pg_temp.with_loose_spellings("searchText") <> "searchText";
UPDATE "Skill" SET "searchText" = pg_temp.with_loose_spellings("searchText") WHERE pg_temp.with_loose_spellings("searchText") <> "searchText";
UPDATE "SkillNeed" SET "searchText" = pg_temp.with_loose_spellings("searchText") WHERE pg_temp.with_loose_spellings("searchText") <> "searchText";
UPDATE "SkillOffer" SET "searchText" = pg_temp.with_loose_spellings("searchText") WHERE pg_temp.with_loose_spellings("searchText") <> "searchText";
UPDATE "ConsultationFormat" SET "searchText" = pg_temp.with_loose_spellings("searchText") WHERE pg_temp.with_loose_spellings("searchText") <> "searchText";

DROP FUNCTION pg_temp.with_loose_spellings(text);

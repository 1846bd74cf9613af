import { describe, expect, it } from 'vitest';
import {
  boardFiltersFromSearchParams,
  boardFiltersToSearchParams,
  effectiveSort,
  EMPTY_BOARD_FILTERS,
  sharedBoardSearch,
  toNeedFilter,
  toOfferFilter,
} from './board-filters';
import { uuid } from './test/fixtures';

const read = (query: string) => boardFiltersFromSearchParams(new URLSearchParams(query));

describe('board filters', () => {
  it('reads every filter from the URL and writes the same URL back', () => {
    const query = `q=sps&skill=${uuid(1)}&skill=${uuid(2)}&kategorie=data-ai&region=hochsauerlandkreis&seite=suedwestfalen&art=employment&remote=hybrid&themenfeld=it-competence&ort=${uuid(9)}&km=25&sortierung=relevanz`;
    const filters = read(query);
    expect(filters).toEqual({
      search: 'sps',
      skillIds: [uuid(1), uuid(2)],
      category: 'DATA_AI',
      region: 'HOCHSAUERLANDKREIS',
      side: 'SUEDWESTFALEN',
      kind: 'EMPLOYMENT',
      remoteMode: 'HYBRID',
      remoteWilling: null,
      topicField: 'IT_COMPETENCE',
      nearMunicipalityId: uuid(9),
      nearKm: 25,
      sort: 'RELEVANCE',
    });
    expect(boardFiltersToSearchParams(filters).toString()).toBe(query);
  });

  it('drops what it does not understand and keeps other parameters', () => {
    expect(read('skill=nicht-uuid&kategorie=zauberei&km=9999&ort=x&remote=vielleicht')).toEqual(EMPTY_BOARD_FILTERS);
    expect(boardFiltersToSearchParams(EMPTY_BOARD_FILTERS, new URLSearchParams('andere=1')).toString()).toBe('andere=1');
  });

  it('builds the API filters of each side with only the active fields', () => {
    const filters = read(`q=  python   kurs &art=training&remote=ja&ort=${uuid(9)}&themenfeld=recovery`);
    expect(toNeedFilter(filters)).toEqual({ search: 'python kurs', near: { municipalityId: uuid(9), km: 50 }, topicField: 'RECOVERY' });
    expect(toOfferFilter(filters)).toEqual({
      search: 'python kurs',
      near: { municipalityId: uuid(9), km: 50 },
      kind: 'TRAINING',
      remoteWilling: true,
    });
    expect(toOfferFilter(read('remote=nein'))).toEqual({ remoteWilling: false });
    expect(toNeedFilter(EMPTY_BOARD_FILTERS)).toEqual({});
  });

  it('sorts by relevance only with a skill filter', () => {
    expect(effectiveSort(read('sortierung=relevanz'))).toBe('NEWEST');
    expect(effectiveSort(read(`sortierung=relevanz&skill=${uuid(1)}`))).toBe('RELEVANCE');
  });

  it('takes the shared filters to the other board', () => {
    expect(sharedBoardSearch(read(`q=sps&art=employment&remote=remote&themenfeld=recovery&region=soest&skill=${uuid(1)}`))).toBe(
      `?q=sps&skill=${uuid(1)}&region=soest`,
    );
    expect(sharedBoardSearch(EMPTY_BOARD_FILTERS)).toBe('');
  });
});

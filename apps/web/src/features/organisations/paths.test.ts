import { describe, expect, it } from 'vitest';
import { directoryHref } from './paths';
import { organisationPath } from '../../lib/site-paths';

describe('organisation paths', () => {
  it('encodes ids in organisation URLs', () => {
    expect(organisationPath('abc 1/2')).toBe('/organisationen/abc%201%2F2');
  });

  it('goes back to the directory with the filters the user came from', () => {
    expect(directoryHref({ directorySearch: '?region=soest&mitglieder=1' })).toBe('/organisationen?region=soest&mitglieder=1');
    expect(directoryHref({ directorySearch: '' })).toBe('/organisationen');
  });

  it('ignores missing or foreign router state', () => {
    expect(directoryHref(null)).toBe('/organisationen');
    expect(directoryHref({ directorySearch: '//evil.example' })).toBe('/organisationen');
    expect(directoryHref({ other: 1 })).toBe('/organisationen');
  });
});

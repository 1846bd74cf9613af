import { describe, expect, it } from 'vitest';
import { safeNextPath, signInPath } from './site-paths';

describe('safeNextPath (the weiter parameter)', () => {
  it('keeps same-site paths with query and hash', () => {
    expect(safeNextPath('/konto/sitzungen')).toBe('/konto/sitzungen');
    expect(safeNextPath('/organisationen?region=soest&q=Metall')).toBe('/organisationen?region=soest&q=Metall');
    expect(safeNextPath('/themenfelder/recovery#projekt-1')).toBe('/themenfelder/recovery#projekt-1');
    expect(safeNextPath('/')).toBe('/');
  });

  it('rejects absolute and protocol-relative URLs', () => {
    expect(safeNextPath('https://evil.example/')).toBeNull();
    expect(safeNextPath('http://127.0.0.1/konto')).toBeNull();
    expect(safeNextPath('//evil.example/path')).toBeNull();
    expect(safeNextPath('javascript:alert(1)')).toBeNull();
    expect(safeNextPath('data:text/html,hi')).toBeNull();
    expect(safeNextPath('konto/sitzungen')).toBeNull();
  });

  it('rejects backslash and control-character tricks browsers turn into other hosts', () => {
    expect(safeNextPath('/\\evil.example')).toBeNull();
    expect(safeNextPath('/\\/evil.example')).toBeNull();
    expect(safeNextPath('/\t/evil.example')).toBeNull();
    expect(safeNextPath('/\n/evil.example')).toBeNull();
  });

  it('rejects empty, missing, over-long values and the account entry pages', () => {
    expect(safeNextPath(null)).toBeNull();
    expect(safeNextPath(undefined)).toBeNull();
    expect(safeNextPath('')).toBeNull();
    expect(safeNextPath(`/${'a'.repeat(2001)}`)).toBeNull();
    expect(safeNextPath('/anmelden?weiter=/x')).toBeNull();
    expect(safeNextPath('/registrieren')).toBeNull();
    expect(safeNextPath('/konto/bestaetigen?token=abc')).toBeNull();
  });

  it('normalises dot segments without leaving the site', () => {
    expect(safeNextPath('/a/../konto/sitzungen')).toBe('/konto/sitzungen');
    expect(safeNextPath('/../../etc')).toBe('/etc');
  });
});

describe('signInPath', () => {
  it('adds weiter only for a safe path other than home', () => {
    expect(signInPath('/konto/sitzungen')).toBe('/anmelden?weiter=%2Fkonto%2Fsitzungen');
    expect(signInPath('/')).toBe('/anmelden');
    expect(signInPath('https://evil.example')).toBe('/anmelden');
    expect(signInPath(undefined)).toBe('/anmelden');
  });
});

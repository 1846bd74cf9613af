import { DEFAULT_DISALLOWED_NEWS_HOSTS } from '@wiw/domain';
import { disallowedEntry, firstDisallowed } from './host-check';

describe('disallowed hosts of news items', () => {
  const list = ['spd.de', 'linkedin.com/in/', 'facebook.com'];

  it('catch a host, its subdomains, any case and a trailing dot', () => {
    expect(disallowedEntry('https://spd.de/', list)).toBe('spd.de');
    expect(disallowedEntry('https://Dortmund.SPD.de/aktuelles', list)).toBe('spd.de');
    expect(disallowedEntry('https://www.facebook.com./ob.dortmund', list)).toBe('facebook.com');
  });

  it('catch a path prefix only under it', () => {
    expect(disallowedEntry('https://www.linkedin.com/in/max-mustermann', list)).toBe('linkedin.com/in/');
    expect(disallowedEntry('https://www.linkedin.com/IN/max', list)).toBe('linkedin.com/in/');
    expect(disallowedEntry('https://linkedin.com/in', list)).toBe('linkedin.com/in/');
    expect(disallowedEntry('https://www.linkedin.com/company/wirtschaftsfoerderung-dortmund', list)).toBeNull();
  });

  it('let look-alikes and user-info tricks through only when the real host is allowed', () => {
    expect(disallowedEntry('https://notspd.de/', list)).toBeNull();
    expect(disallowedEntry('https://spd.de.example.org/', list)).toBeNull();
    expect(disallowedEntry('https://www.dortmund.de@facebook.com/x', list)).toBe('facebook.com');
    expect(disallowedEntry('https://facebook.com@www.dortmund.de/x', list)).toBeNull();
  });

  it('name the first disallowed link of a list', () => {
    expect(firstDisallowed(['https://www.dortmund.de/', 'https://x.com/ob', 'https://spd.de/'], DEFAULT_DISALLOWED_NEWS_HOSTS)).toEqual({
      link: 'https://x.com/ob',
      entry: 'x.com',
    });
    expect(firstDisallowed(['https://www.dortmund.de/', 'https://www.suedwestfalen.com/'], DEFAULT_DISALLOWED_NEWS_HOSTS)).toBeNull();
  });
});

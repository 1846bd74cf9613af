import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ConfigError, loadConfig, nestLogLevels } from './config';

describe('loadConfig', () => {
  const PRODUCTION = {
    NODE_ENV: 'production',
    DATABASE_URL: 'postgresql://wiw:secret@db:5432/wiw',
    PUBLIC_URL: 'https://portal.example.org',
    SMTP_URL: 'smtp://mail.example.org:587',
  };

  it('has working defaults: port 3000, embedded database, mail to the log, demo data outside production', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      env: 'development',
      databaseUrl: undefined,
      seedDemoData: true,
      migrateOnStart: true,
      publicUrl: 'http://localhost:3000',
      shutdownTimeoutSeconds: 20,
      shutdownDrainSeconds: 0,
    });
    expect(config.mail).toMatchObject({ transport: 'log', smtpUrl: undefined });
    expect(loadConfig({ PORT: '4000', SMTP_URL: 'smtp://localhost:2525' })).toMatchObject({
      publicUrl: 'http://localhost:4000',
      mail: { transport: 'smtp' },
    });
    expect(loadConfig(PRODUCTION).seedDemoData).toBe(false);
    expect(loadConfig({ ...PRODUCTION, SEED_DEMO_DATA: 'true' }).seedDemoData).toBe(true);
  });

  it('in production, refuses to start without a database server, an https PUBLIC_URL and a mail decision, all listed at once', () => {
    let error: unknown;
    try {
      loadConfig({ NODE_ENV: 'production', PORT: 'abc' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems).toHaveLength(4);
    expect(problems[0]).toMatch(/^PORT:/);
    expect(problems.slice(1)).toEqual([
      expect.stringMatching(/^DATABASE_URL: required in production .*ALLOW_EMBEDDED_DATABASE=true/),
      expect.stringMatching(/^PUBLIC_URL: required in production/),
      expect.stringMatching(/^SMTP_URL: required in production .*MAIL_TRANSPORT=log/),
    ]);
    expect(() => loadConfig({ ...PRODUCTION, PUBLIC_URL: 'http://portal.example.org' })).toThrow(
      'PUBLIC_URL: must start with https:// in production',
    );
  });

  it('in production, takes the embedded database and the log transport only when asked for explicitly', () => {
    const { DATABASE_URL: _url, SMTP_URL: _smtp, ...rest } = PRODUCTION;
    expect(() => loadConfig({ ...rest, SMTP_URL: PRODUCTION.SMTP_URL })).toThrow(ConfigError);
    expect(() => loadConfig({ ...rest, ALLOW_EMBEDDED_DATABASE: 'true' })).toThrow(/SMTP_URL: required in production/);
    const config = loadConfig({ ...rest, ALLOW_EMBEDDED_DATABASE: 'true', MAIL_TRANSPORT: 'log' });
    expect(config).toMatchObject({ env: 'production', databaseUrl: undefined, publicUrl: 'https://portal.example.org', mail: { transport: 'log' } });
    expect(loadConfig(PRODUCTION).mail).toMatchObject({ transport: 'smtp', smtpUrl: PRODUCTION.SMTP_URL });
  });

  it('lets tools that send no mail (the first-administrator CLI) run in production without SMTP_URL, nothing else relaxed', () => {
    const { SMTP_URL: _smtp, ...withoutMail } = PRODUCTION;
    expect(loadConfig(withoutMail, { needsMail: false })).toMatchObject({ env: 'production', publicUrl: PRODUCTION.PUBLIC_URL });
    expect(() => loadConfig({ ...withoutMail, PUBLIC_URL: 'http://portal.example.org' }, { needsMail: false })).toThrow(
      'PUBLIC_URL: must start with https:// in production',
    );
    expect(() => loadConfig({ NODE_ENV: 'production', PUBLIC_URL: PRODUCTION.PUBLIC_URL }, { needsMail: false })).toThrow(
      /DATABASE_URL: required in production/,
    );
  });

  it('refuses a mail transport that contradicts SMTP_URL', () => {
    expect(() => loadConfig({ MAIL_TRANSPORT: 'smtp' })).toThrow('MAIL_TRANSPORT: smtp needs SMTP_URL');
    expect(() => loadConfig({ MAIL_TRANSPORT: 'log', SMTP_URL: 'smtp://localhost:2525' })).toThrow(
      'MAIL_TRANSPORT: log and SMTP_URL contradict each other',
    );
    expect(() => loadConfig({ MAIL_TRANSPORT: 'pigeon' })).toThrow('MAIL_TRANSPORT: expected smtp or log');
  });

  it('keeps the drain after SIGTERM inside the shutdown timeout', () => {
    expect(loadConfig({ SHUTDOWN_DRAIN_SECONDS: '6', SHUTDOWN_TIMEOUT_SECONDS: '20' })).toMatchObject({
      shutdownDrainSeconds: 6,
      shutdownTimeoutSeconds: 20,
    });
    expect(() => loadConfig({ SHUTDOWN_DRAIN_SECONDS: '20', SHUTDOWN_TIMEOUT_SECONDS: '20' })).toThrow(
      'SHUTDOWN_DRAIN_SECONDS: must be shorter than SHUTDOWN_TIMEOUT_SECONDS',
    );
  });

  it('takes the disallowed hosts of news items from PUBLICATION_DISALLOWED_HOSTS, the default list otherwise', () => {
    expect(loadConfig({}).publicationDisallowedHosts).toContain('linkedin.com/in/');
    expect(loadConfig({ PUBLICATION_DISALLOWED_HOSTS: ' Partei.example , social.example/u/ ' }).publicationDisallowedHosts).toEqual([
      'partei.example',
      'social.example/u/',
    ]);
    expect(loadConfig({ PUBLICATION_DISALLOWED_HOSTS: 'none' }).publicationDisallowedHosts).toEqual([]);
    expect(() => loadConfig({ PUBLICATION_DISALLOWED_HOSTS: 'https://x.example' })).toThrow('PUBLICATION_DISALLOWED_HOSTS: expected host names');
  });

  it('reports every problem at once', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud', SEED_DEMO_DATA: 'maybe' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/PORT/);
    expect(problems).toMatch(/DATABASE_URL: expected a postgresql:\/\/ connection URL/);
    expect(problems).toMatch(/LOG_LEVEL/);
    expect(problems).toMatch(/SEED_DEMO_DATA: expected true or false/);
    expect((error as ConfigError).problems).toHaveLength(4);
  });

  it('maps LOG_LEVEL onto Nest logger levels', () => {
    expect(nestLogLevels('silent')).toBe(false);
    expect(nestLogLevels('warn')).toEqual(['fatal', 'error', 'warn']);
    expect(nestLogLevels('info')).toEqual(['fatal', 'error', 'warn', 'log']);
  });

  it('makes the server exit with code 1 and the list of problems', () => {
    const result = spawnSync(process.execPath, ['-r', '@swc-node/register', path.join(__dirname, '..', 'main.ts')], {
      env: { PATH: process.env.PATH, PORT: '99999', LOG_LEVEL: 'chatty' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Invalid configuration:');
    expect(result.stderr).toMatch(/- PORT:/);
    expect(result.stderr).toMatch(/- LOG_LEVEL:/);
  });
});

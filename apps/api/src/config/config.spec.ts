import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ConfigError, loadConfig, nestLogLevels } from './config';

describe('loadConfig', () => {
  it('has working defaults: port 3000, embedded database, demo data outside production', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, env: 'development', databaseUrl: undefined, seedDemoData: true, migrateOnStart: true });
    expect(loadConfig({ NODE_ENV: 'production' }).seedDemoData).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', SEED_DEMO_DATA: 'true' }).seedDemoData).toBe(true);
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

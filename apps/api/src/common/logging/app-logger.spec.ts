import { Logger } from '@nestjs/common';
import { AppLogger } from './app-logger';

describe('AppLogger', () => {
  const printed = (levels: ConstructorParameters<typeof AppLogger>[0], write: (logger: AppLogger) => void): string => {
    const out = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      write(new AppLogger(levels));
      return out.mock.calls.map(([chunk]) => String(chunk)).join('');
    } finally {
      out.mockRestore();
    }
  };

  it("keeps the portal's own lines and moves Nest's module and route lines to debug", () => {
    const info = printed(['fatal', 'error', 'warn', 'log'], (logger) => {
      logger.log('Database schema is up to date.', 'Server');
      logger.log('AppModule dependencies initialized', 'InstanceLoader');
      logger.log('Mapped {/graphql, POST} route', 'GraphQLModule');
    });
    expect(info).toContain('Database schema is up to date.');
    expect(info).not.toContain('AppModule dependencies initialized');
    expect(info).not.toContain('Mapped {/graphql, POST} route');

    const debug = printed(['fatal', 'error', 'warn', 'log', 'debug'], (logger) => logger.log('Mapped {/graphql, POST} route', 'GraphQLModule'));
    expect(debug).toContain('Mapped {/graphql, POST} route');
  });

  it('serves the static Logger too', () => {
    const out = printed(['fatal', 'error', 'warn', 'log'], (logger) => {
      Logger.overrideLogger(logger);
      new Logger('RoutesResolver').log('HealthController {/health}:');
      new Logger('Server').log('Ready: http://localhost:3000');
    });
    Logger.overrideLogger(['fatal', 'error', 'warn', 'log']);
    expect(out).toContain('Ready: http://localhost:3000');
    expect(out).not.toContain('HealthController');
  });
});

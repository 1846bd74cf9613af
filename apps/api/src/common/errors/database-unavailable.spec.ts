import { Prisma } from '@wiw/db';
import { isDatabaseUnavailable } from './database-unavailable';

const prismaError = (code: string, meta?: Record<string, unknown>) =>
  new Prisma.PrismaClientKnownRequestError('Invalid invocation', { code, clientVersion: '7', meta });
const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable', () => {
  it.each([
    ['Prisma cannot reach the server', prismaError('P1001')],
    ['Prisma: the database does not exist (dropped)', prismaError('P1003')],
    ['Prisma timed out waiting for a pooled connection', prismaError('P2024')],
    [
      'a raw query whose driver could not connect',
      prismaError('P2010', {
        driverAdapterError: { name: 'DriverAdapterError', cause: { kind: 'DatabaseNotReachable', host: '127.0.0.1', port: 1 } },
      }),
    ],
    ['a connection closed under a query', prismaError('P2010', { driverAdapterError: { cause: { kind: 'ConnectionClosed' } } })],
    [
      'the server shutting down (57P01) mid-query',
      prismaError('P2010', { driverAdapterError: { cause: { kind: 'postgres', code: '57P01', originalCode: '57P01' } } }),
    ],
    ['the server starting up (57P03)', withCode('the database system is starting up', '57P03')],
    ['too many connections (53300)', withCode('sorry, too many clients already', '53300')],
    ['node-pg losing its socket', new Error('Connection terminated unexpectedly')],
    ['node-pg waiting too long for a connection', new Error('timeout exceeded when trying to connect')],
    [
      'a refused socket, wrapped as a cause',
      Object.assign(new Error('query failed'), { cause: withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED') }),
    ],
    ['PGlite closed', new Error('PGlite is closed')],
  ])('%s: yes', (_label, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a unique violation', prismaError('P2002')],
    ['a missing record', prismaError('P2025')],
    [
      'a query error of ours (22021 invalid byte sequence)',
      prismaError('P2010', { driverAdapterError: { cause: { kind: 'postgres', code: '22021', originalCode: '22021' } } }),
    ],
    ['an exclusion violation (23P01)', withCode('conflicting key value violates exclusion constraint', '23P01')],
    ['a programming error', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['not an error at all', 'Connection'],
    ['nothing', undefined],
  ])('%s: no', (_label, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});

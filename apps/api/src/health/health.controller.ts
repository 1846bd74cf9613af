import { Public } from '../common/auth/decorators';
import { Controller, Get, HttpCode, Inject, ServiceUnavailableException } from '@nestjs/common';
import type { PrismaClient } from '@wiw/db';
import { PRISMA } from '../database/database.module';

/** Public information about the partnership: no session needed. */
@Public()
@Controller('health')
export class HealthController {
  constructor(@Inject(PRISMA) private readonly prisma: PrismaClient) {}

  /** The process is up. */
  @Get('live')
  @HttpCode(200)
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** The database answers; 503 otherwise, so a load balancer stops sending traffic. */
  @Get('ready')
  async ready(): Promise<{ status: 'ok'; database: 'ok' }> {
    try {
      await this.prisma.$queryRaw`SELECT 1`;
      return { status: 'ok', database: 'ok' };
    } catch {
      throw new ServiceUnavailableException({ status: 'unavailable', database: 'unreachable' });
    }
  }
}

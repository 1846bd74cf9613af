import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { PlatformRole } from '@wiw/db';
import type { FastifyRequest } from 'fastify';
import type { AuthState, GraphQLContext } from '../graphql/context';
import { ForbiddenError, UnauthenticatedError } from './auth.errors';
import { readCookie, SESSION_COOKIE } from './cookies';
import { PUBLIC_KEY, ROLES_KEY } from './decorators';
import { SessionLookup } from './session-lookup';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the AuthGuard on plain HTTP routes: who is calling, or null. */
    auth?: AuthState | null;
  }
}

/**
 * Deny by default: every GraphQL operation and HTTP route needs a live session unless it is
 * marked @Public(); @Roles(...) further requires one of the platform roles. The session is looked
 * up once per request and kept in the GraphQL context.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionLookup,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets) === true;
    const roles = this.reflector.getAllAndOverride<PlatformRole[] | undefined>(ROLES_KEY, targets);
    const auth = await this.authOf(context);
    // Roles always win, even over a @Public() on the class.
    if (roles?.length) {
      if (!auth) throw new UnauthenticatedError();
      if (!auth.user.roles.some((held) => roles.includes(held.role as PlatformRole))) throw new ForbiddenError();
      return true;
    }
    if (isPublic) return true;
    if (!auth) throw new UnauthenticatedError();
    return true;
  }

  private async authOf(context: ExecutionContext): Promise<GraphQLContext['auth']> {
    if (context.getType<string>() === 'graphql') {
      const gql = GqlExecutionContext.create(context).getContext<GraphQLContext>();
      if (gql.auth === undefined) gql.auth = await this.lookup(gql.req);
      return gql.auth;
    }
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    request.auth ??= await this.lookup(request);
    return request.auth;
  }

  private async lookup(request: FastifyRequest): Promise<GraphQLContext['auth']> {
    const token = readCookie(request.headers.cookie, SESSION_COOKIE);
    return token ? this.sessions.resolve(token) : null;
  }
}

import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { PlatformRole } from '@wiw/db';
import type { GraphQLContext } from '../graphql/context';

export const PUBLIC_KEY = 'wiw:public';
export const ROLES_KEY = 'wiw:roles';

/** Anyone may call this, signed in or not. Everything else needs a session (deny by default). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** Only people holding one of these platform roles may call this. */
export const Roles = (...roles: PlatformRole[]) => SetMetadata(ROLES_KEY, roles);

/** The signed-in person (the guard has made sure there is one unless the handler is @Public). */
export const CurrentUser = createParamDecorator(
  (_data: unknown, ctx: ExecutionContext) => GqlExecutionContext.create(ctx).getContext<GraphQLContext>().auth?.user ?? null,
);

/** The current session (for sign-out and "my sessions"). */
export const CurrentSession = createParamDecorator(
  (_data: unknown, ctx: ExecutionContext) => GqlExecutionContext.create(ctx).getContext<GraphQLContext>().auth?.session ?? null,
);

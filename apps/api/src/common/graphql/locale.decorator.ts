import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLContext } from './context';

/** The caller's language ("de" | "en") from the GraphQL context. */
export const RequestLocale = createParamDecorator(
  (_data: unknown, ctx: ExecutionContext) => GqlExecutionContext.create(ctx).getContext<GraphQLContext>().locale,
);

/** The per-request DataLoaders from the GraphQL context. */
export const RequestLoaders = createParamDecorator(
  (_data: unknown, ctx: ExecutionContext) => GqlExecutionContext.create(ctx).getContext<GraphQLContext>().loaders,
);

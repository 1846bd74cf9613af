import type { ApolloServerPlugin } from '@apollo/server' with { 'resolution-mode': 'import' };
import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppConfig } from '../../config/config';
import { createFormatError } from '../errors/format-error';
import { localizeErrorsPlugin } from '../errors/localize-errors.plugin';
import { retryAfterPlugin } from '../errors/retry-after.plugin';
import { DateTimeScalar } from '../scalars/date-time.scalar';
import { localeFromHeader } from '../i18n/locale';
import type { LoadersFactory } from '../loaders/loaders';
import type { GraphQLContext } from './context';
import { inputTextPlugin } from './input-text';
import { knownOperationTypes } from './operation-types';
import { queryLimits } from './query-limits';

/** Apollo Server options: code-first schema, our error format and input checks, no CDN landing page, no APQ. */
/** `plugins`: the features' own Apollo plugins (e.g. metrics), after ours. */
export function graphqlOptions(
  config: AppConfig,
  loaders: LoadersFactory,
  plugins: Array<ApolloServerPlugin<GraphQLContext>> = [],
): Omit<ApolloDriverConfig, 'driver'> {
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    // Date-typed fields are our strict DateTime (Z or an offset required), not Nest's `new Date(value)`.
    buildSchemaOptions: { dateScalarMode: 'isoDate', scalarsMap: [{ type: Date, scalar: DateTimeScalar }] },
    graphiql: false,
    introspection: config.env !== 'production',
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    persistedQueries: false,
    autoTransformHttpErrors: false,
    formatError: createFormatError({ exposeDetails: config.env !== 'production' }),
    validationRules: [knownOperationTypes, queryLimits],
    plugins: [inputTextPlugin, localizeErrorsPlugin, retryAfterPlugin, ...plugins],
    context: (request: FastifyRequest, reply: FastifyReply): GraphQLContext => ({
      req: request,
      reply,
      locale: localeFromHeader(request.headers['accept-language']),
      loaders: loaders.create(),
    }),
  };
}

import type { GraphQLContext } from '../common/graphql/context';
import type { RequestMeta } from './accounts.service';

/** Who-and-where of a request, for sessions and the audit log. */
export function requestMeta(context: GraphQLContext): RequestMeta {
  const userAgent = context.req.headers['user-agent'];
  return { userAgent: typeof userAgent === 'string' ? userAgent : undefined, ipAddress: context.req.ip, requestId: String(context.req.id) };
}

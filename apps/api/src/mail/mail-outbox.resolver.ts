import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Roles } from '../common/auth/decorators';
import type { AuthState, GraphQLContext } from '../common/graphql/context';
import { OutboxMailsArgs } from './inputs/outbox-mails.args';
import { MailOutbox, OutboxMail, OutboxMailConnection } from './models/outbox.model';
import { OutboxAdminService } from './outbox-admin.service';

@Resolver(() => MailOutbox)
export class MailOutboxResolver {
  constructor(private readonly outbox: OutboxAdminService) {}

  @Roles('COORDINATOR', 'ADMIN')
  @Query(() => MailOutbox, { description: 'The mail outbox: pending and failed mails with their last error (joint office and administrators).' })
  async mailOutbox(): Promise<MailOutbox> {
    const { pending, failed, mails } = await this.outbox.overview();
    return { pending, failed, mails: mails.map((mail) => OutboxMail.from(mail)) };
  }

  @Roles('COORDINATOR', 'ADMIN')
  @Query(() => OutboxMailConnection, { description: 'One page of the pending or the failed mails, newest first (joint office and administrators).' })
  async outboxMails(@Args() args: OutboxMailsArgs): Promise<OutboxMailConnection> {
    const connection = await this.outbox.list(args.status, args);
    return { ...connection, edges: connection.edges.map((edge) => ({ cursor: edge.cursor, node: OutboxMail.from(edge.node) })) };
  }

  @Roles('COORDINATOR', 'ADMIN')
  @Mutation(() => OutboxMail, { description: 'Sends a failed mail again (back to PENDING, attempts from 0); audited.' })
  async retryMail(
    @Args('id', { type: () => ID }) id: string,
    @CurrentUser() user: AuthState['user'],
    @Context() context: GraphQLContext,
  ): Promise<OutboxMail> {
    return OutboxMail.from(await this.outbox.retry(user.id, id, String(context.req.id)));
  }
}

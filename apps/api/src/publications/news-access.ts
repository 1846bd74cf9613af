import type { NewsApproverRole, NewsItemStatus, Prisma } from '@wiw/db';
import { seesAll } from '../access';
import type { AuthState } from '../common/graphql/context';

type Db = Prisma.TransactionClient;
type Person = AuthState['user'];

/** Published and withdrawn items are public; drafts and submitted items are not. */
export const PUBLIC_STATES = ['PUBLISHED', 'WITHDRAWN'] as const;

const isCoordinator = (user: Person): boolean => user.roles.some((held) => held.role === 'COORDINATOR');

/** True when the user holds the office now (an open term). */
export async function holdsOffice(db: Db, userId: string, officeId: string | null): Promise<boolean> {
  if (!officeId) return false;
  return (await db.officeTerm.count({ where: { officeId, userId, endedAt: null } })) > 0;
}

/**
 * As what the user may approve (or correct) an item: as the holder of its office (preferred, so
 * the approval is attributed to the office), as a coordinator of the joint office, or not at all.
 * Authorship is checked separately (NEWS_SELF_APPROVAL).
 */
export async function approverRole(db: Db, user: Person, item: { officeId: string | null }): Promise<NewsApproverRole | null> {
  if (await holdsOffice(db, user.id, item.officeId)) return 'OFFICE_HOLDER';
  return isCoordinator(user) ? 'COORDINATOR' : null;
}

/** Who sees an item that is not public yet: its author, the joint office and administrators, the holder of its office. */
export async function seesUnpublished(db: Db, user: Person | null, item: { authorId: string; officeId: string | null }): Promise<boolean> {
  if (!user) return false;
  return user.id === item.authorId || seesAll(user) || (await holdsOffice(db, user.id, item.officeId));
}

/** What the user may do with an item now: the rules of NewsItemsService, answered before trying (buttons only for those allowed). */
export async function viewerActions(db: Db, user: Person | null, item: { authorId: string; officeId: string | null; status: NewsItemStatus }) {
  const author = user?.id === item.authorId;
  const approver = Boolean(user && !author && (await approverRole(db, user, item)));
  return {
    edit: author && item.status === 'DRAFT',
    approve: approver && item.status === 'SUBMITTED',
    sendBack: approver && item.status === 'SUBMITTED',
    correct: approver && item.status === 'PUBLISHED',
    withdraw: (author || approver) && item.status === 'PUBLISHED',
  };
}

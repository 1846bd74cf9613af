import type { Meeting, MeetingRegistration, Prisma } from '@wiw/db';

/**
 * Moves waitlisted registrations up, earliest arrival first, while seats are free. Call it inside
 * the transaction that holds the meeting's row lock and freed or added the seats.
 */
export async function promoteWaitlisted(
  tx: Prisma.TransactionClient,
  meeting: Pick<Meeting, 'id' | 'capacity'>,
  now: Date,
): Promise<MeetingRegistration[]> {
  let free: number | undefined;
  if (meeting.capacity !== null) {
    const registered = await tx.meetingRegistration.count({ where: { meetingId: meeting.id, status: 'REGISTERED' } });
    free = meeting.capacity - registered;
    if (free <= 0) return [];
  }
  const next = await tx.meetingRegistration.findMany({
    where: { meetingId: meeting.id, status: 'WAITLISTED' },
    orderBy: { arrivalNumber: 'asc' },
    take: free,
    select: { id: true },
  });
  if (next.length === 0) return [];
  const ids = next.map((row) => row.id);
  await tx.meetingRegistration.updateMany({ where: { id: { in: ids } }, data: { status: 'REGISTERED', promotedAt: now } });
  return tx.meetingRegistration.findMany({ where: { id: { in: ids } }, orderBy: { arrivalNumber: 'asc' } });
}

import type { Prisma } from '@wiw/db';
import { hashToken, newToken } from '../common/auth/tokens';

/** The web client's page that takes the token and asks for the new password. */
export const RESET_PASSWORD_PATH = '/konto/passwort-zuruecksetzen';

/**
 * Creates a single-use password-reset token for the person (only its hash is stored) and returns
 * the link that carries it. Used by "forgot password" (mailed) and by the first-administrator CLI
 * (printed); `resetPassword` redeems it.
 */
export async function issuePasswordResetLink(
  tx: Prisma.TransactionClient,
  userId: string,
  publicUrl: string,
  validMinutes: number,
): Promise<{ link: string; expiresAt: Date }> {
  const token = newToken();
  const expiresAt = new Date(Date.now() + validMinutes * 60_000);
  await tx.emailToken.create({ data: { tokenHash: hashToken(token), userId, purpose: 'RESET_PASSWORD', expiresAt } });
  return { link: `${publicUrl}${RESET_PASSWORD_PATH}?token=${token}`, expiresAt };
}

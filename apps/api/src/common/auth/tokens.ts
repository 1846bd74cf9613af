import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, URL-safe: session and e-mail tokens. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Only this reaches the database, so a leaked table holds no usable token. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export * from './client';
export * from './config';
export * from './connection';
export * from './migrate';
export * from './paths';
export * from './generated/prisma/client';
export * from './seed';
export { withStartupLock } from './startup-lock';
export * from './scale-seed';

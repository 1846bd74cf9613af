export * from './accounts.js';
export * from './audit.js';
export * from './common.js';
export * from './dashboard.js';
export * from './matchmaking.js';
export * from './workbench.js';
export * from './meetings.js';

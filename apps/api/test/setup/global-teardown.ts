/** Nothing to stop: each suite drops its own database; the server belongs to whoever started it. */
export default async function globalTeardown(): Promise<void> {}

/**
 * Runs a command-line task and exits explicitly: the wasm schema engine keeps a timer alive for
 * about ten seconds after its work is done.
 */
export async function runCli(task: () => Promise<void>): Promise<void> {
  try {
    await task();
    process.exit(0);
  } catch (error) {
    console.error(error instanceof Error ? `Error: ${error.message}` : error);
    process.exit(1);
  }
}

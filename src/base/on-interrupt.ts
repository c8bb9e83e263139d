/**
 * What a command does when it is interrupted (Ctrl-C, SIGTERM from a CI runner or from npm):
 * each piece of work that leaves something behind registers how to undo it, and the handler
 * runs those undo steps and exits with the conventional status (130 for SIGINT, 143 for
 * SIGTERM). Undo steps are synchronous, so they finish before the process ends.
 */

/** Something to undo when the command is interrupted. */
export type InterruptCleanup = () => void;

const cleanups: InterruptCleanup[] = [];
const SIGNALS = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 } as const;
/**
 * File writes already handed to Node's thread pool finish after the first clean-up and may
 * recreate a folder it removed; a second pass this much later removes what they left.
 */
const SECOND_PASS_MS = 100;
let installed = false;
let interruptedBy: string | undefined;

/**
 * Registers a step to run if the command is interrupted.
 * @param cleanup a synchronous undo step; errors in it are ignored, so the others still run
 * @returns a function that unregisters it, once the work it undoes is finished
 */
export function onInterrupt(cleanup: InterruptCleanup): () => void {
  cleanups.push(cleanup);
  return () => {
    const index = cleanups.lastIndexOf(cleanup);
    if (index >= 0) cleanups.splice(index, 1);
  };
}

/** The signal that interrupted the command, once one has: work must then not be published. */
export function interruption(): string | undefined {
  return interruptedBy;
}

/**
 * Makes SIGINT, SIGTERM and SIGHUP run the registered undo steps and exit with 128 + the
 * signal's number. Installed once, by the command's entry, before any work starts, so it
 * runs before handlers that libraries (Puppeteer) add later.
 */
export function exitCleanlyOnInterrupt(): void {
  if (installed) return;
  installed = true;
  for (const [signal, number] of Object.entries(SIGNALS)) {
    process.on(signal, () => {
      const status = 128 + number;
      // Ctrl-C reaches npm and the build alike, and npm passes its copy on: one interrupt, two signals.
      if (interruptedBy) return;
      interruptedBy = signal;
      process.stderr.write(`\nStopped by ${signal}: nothing was published, and the site already published was left as it was.\n`);
      runCleanups();
      setTimeout(() => {
        runCleanups();
        // Puppeteer kills the browser's process group when the process exits.
        process.exit(status);
      }, SECOND_PASS_MS);
    });
  }
}

function runCleanups(): void {
  for (const cleanup of [...cleanups].reverse()) {
    try {
      cleanup();
    } catch {
      // The remaining steps must still run; the next build removes what is left.
    }
  }
}

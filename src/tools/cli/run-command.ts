import { ContentError } from "../../base/content-error.ts";
import { UserFacingError } from "../../base/user-facing-error.ts";
import { exitCleanlyOnInterrupt, interruption } from "../../base/on-interrupt.ts";

/**
 * What a command prints when its work fails with a mistake the user can fix (bad content, a
 * missing browser): the message alone, no stack trace. Anything else is a bug in the generator.
 * Its own function so tests can check a refusal's wording without starting a process for each.
 * @param error what the command's work threw
 * @returns the message to print, or undefined when the error is a bug
 */
export function userMistakeMessage(error: unknown): string | undefined {
  return error instanceof ContentError || error instanceof UserFacingError ? error.message : undefined;
}

/**
 * Runs a command-line entry point. A mistake the user can fix prints its message alone and
 * exits 1; anything else is a bug in the generator and keeps its stack trace. An interrupt
 * (Ctrl-C, SIGTERM) undoes the work in progress and exits 130 or 143.
 * @param main the command's work
 */
export async function runCommand(main: () => Promise<void>): Promise<void> {
  exitCleanlyOnInterrupt();
  try {
    await main();
  } catch (error) {
    // Work torn down by an interrupt fails in its own ways (Puppeteer closes the browser on
    // SIGTERM too); the interrupt handler has said what happened and ends the process.
    if (interruption()) return;
    const message = userMistakeMessage(error);
    if (message !== undefined) {
      process.stderr.write(`\n${message}\n\n`);
    } else {
      process.stderr.write(`\nThe build failed because of a bug in the generator, not in your content:\n`);
      console.error(error);
    }
    process.exitCode = 1;
  }
}

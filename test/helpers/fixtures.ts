import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** The folder holding the English test briefing. */
export const VALID_BRIEFINGS = path.resolve("test/fixtures/valid");

/**
 * Copies the valid fixture briefings to a temporary folder and lets a test break one file,
 * so each error test starts from content that builds.
 * @param edit file (relative to the briefing folder) → function from its text to the broken text
 */
export function brokenBriefings(edit: Record<string, (text: string) => string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "briefings-"));
  cpSync(VALID_BRIEFINGS, dir, { recursive: true });
  for (const [file, change] of Object.entries(edit)) {
    const target = path.join(dir, "trade-note", file);
    writeFileSync(target, change(readFileSync(target, "utf8")));
  }
  return dir;
}

/** A fresh empty temporary folder. */
export function tempDir(prefix = "briefing-test-"): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

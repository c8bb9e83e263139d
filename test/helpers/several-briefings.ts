import { cpSync } from "node:fs";
import path from "node:path";

/**
 * Copies three small briefings (English, English with long titles, Chinese with long
 * titles) into one folder, for tests that print several PDFs.
 * @param dir an empty folder to fill
 * @returns the folder
 */
export function severalBriefings(dir: string): string {
  cpSync(path.resolve("test/fixtures/valid"), dir, { recursive: true });
  cpSync(path.resolve("test/fixtures/long-titles"), dir, { recursive: true });
  return dir;
}

/** The slugs of {@link severalBriefings}, sorted. */
export const SEVERAL_SLUGS = ["harbour-note", "harbour-note-zh", "trade-note"];

import path from "node:path";
import { UserFacingError } from "../../base/user-facing-error.ts";
import type { ActiveTheme } from "../../content/settings/load-theme.ts";
import { FontCoverage } from "./font-coverage.ts";
import { findUncoveredCharacters, uncoveredCharactersMessage } from "./find-uncovered-characters.ts";

/**
 * Checks that every character of every HTML page a build wrote (print editions included, which
 * the PDFs are printed from) has a bundled font for its language, before anything is printed or
 * published: nothing ever falls back to a reader's system font, and no PDF embeds a Type 3 font.
 * @param written the files the render wrote, with their content
 * @param siteDir the folder they were written to, which the message names pages from
 * @param theme the active theme
 * @param cacheDir the fonts cache folder, which keeps the fonts' character maps
 * @throws UserFacingError naming each character, its page and language, and the fix
 */
export async function checkFontCoverage(written: ReadonlyArray<{ file: string; content: string }>, siteDir: string, theme: ActiveTheme, cacheDir: string): Promise<void> {
  const pages = written.filter(({ file }) => file.endsWith(".html")).map(({ file, content }) => ({ url: path.relative(siteDir, file).split(path.sep).join("/"), content }));
  const uncovered = await findUncoveredCharacters(pages, theme.fonts, new FontCoverage(cacheDir));
  if (uncovered.length > 0) throw new UserFacingError(uncoveredCharactersMessage(uncovered, theme.name));
}

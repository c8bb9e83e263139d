import { fontScript, type FontScript } from "../../content/language-script.ts";
import { stackFonts } from "../../content/settings/stack-fonts.ts";
import type { Theme } from "../../content/settings/theme-schema.ts";
import { charactersByLanguage } from "./characters-by-language.ts";
import type { FontCoverage } from "./font-coverage.ts";
import { scriptsMarkedIn } from "./scripts-marked-in.ts";

/**
 * Spaces a font need not have: when it lacks one, HarfBuzz (Chromium's shaper) draws the font's
 * own U+0020 at the width the space calls for, so no other font is asked. French numbers and
 * punctuation carry U+202F (narrow no-break space), which the Source fonts lack; printed, the PDF
 * embeds only the Source font (measured with pdffonts). The list is HarfBuzz's
 * space-fallback set (hb-ot-shape-fallback: en/em spaces, figure, punctuation, thin, hair,
 * narrow no-break, medium mathematical and ideographic space).
 */
const SPACES_DRAWN_FROM_SPACE = new Set([0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x202f, 0x205f, 0x3000]);

/** A page the site publishes: its address, and the HTML written to it. */
export interface ShownPage {
  url: string;
  content: string;
}

/** A character a page draws that no bundled font of its language has. */
export interface UncoveredCharacter {
  url: string;
  codePoint: number;
  /** The `lang` of the element that draws it. */
  language: string;
}

/**
 * Finds the characters that pages draw with no bundled font of their language: the browser would
 * take them from whatever font the reader's system has, and Chromium's PDF engine would embed
 * that font as Type 3 (not searchable, not copyable, blurred). A character counts as covered when
 * a font of its language's body stack and one of its heading stack both draw it, in every weight.
 *
 * Most pages draw nothing outside their fonts, so each page is first read as plain text: only
 * when one of its characters is missing from a stack of a language it marks is it parsed, to know
 * which element's language draws it.
 * @param pages the pages, print editions included (the PDFs are printed from them)
 * @param fonts the theme's fonts
 * @param coverage what the fonts really draw
 * @returns the first uncovered character of each page and language, in page order
 */
export async function findUncoveredCharacters(pages: readonly ShownPage[], fonts: Theme["fonts"], coverage: FontCoverage): Promise<UncoveredCharacter[]> {
  const known = new Map<string, boolean>();
  const covered = async (script: FontScript, codePoint: number) => {
    const key = `${script}:${codePoint}`;
    let answer = known.get(key);
    if (answer === undefined) {
      const drawn = SPACES_DRAWN_FROM_SPACE.has(codePoint) ? 0x20 : codePoint;
      answer = (await coverage.covers(stackFonts(fonts.body, script), drawn)) && (await coverage.covers(stackFonts(fonts.heading, script), drawn));
      known.set(key, answer);
    }
    return answer;
  };
  const found: UncoveredCharacter[] = [];
  for (const page of pages) {
    if (await everyCharacterCovered(page.content, covered)) continue;
    for (const [language, codePoints] of charactersByLanguage(page.content)) {
      for (const codePoint of [...codePoints].sort((a, b) => a - b)) {
        if (await covered(fontScript(language), codePoint)) continue;
        found.push({ url: page.url, codePoint, language });
        break;
      }
    }
  }
  return found;
}

/** Whether every character of the page's text, markup included, is covered in every script it marks. */
async function everyCharacterCovered(content: string, covered: (script: FontScript, codePoint: number) => Promise<boolean>): Promise<boolean> {
  const scripts: FontScript[] = ["latin", ...scriptsMarkedIn(content)];
  for (const character of new Set(content.replace(/[\u0000-\u007f]+/g, ""))) {
    const codePoint = character.codePointAt(0)!;
    if (/^[\p{Default_Ignorable_Code_Point}\p{Cc}]$/u.test(character)) continue;
    for (const script of scripts) if (!(await covered(script, codePoint))) return false;
  }
  return true;
}

/**
 * The build's error for uncovered characters: one line each, naming the character, the page and
 * the language, then what to do.
 * @param uncovered what findUncoveredCharacters found (not empty)
 * @param themeName the active theme's name, as site.json chooses it
 */
export function uncoveredCharactersMessage(uncovered: readonly UncoveredCharacter[], themeName: string): string {
  const shown = uncovered.slice(0, 10).map(({ url, codePoint, language }) => {
    const code = `U+${codePoint.toString(16).toUpperCase().padStart(4, "0")}`;
    return `  ${url}: ${code} "${String.fromCodePoint(codePoint)}", in lang="${language}", is in no font of the theme "${themeName}" for that language`;
  });
  const more = uncovered.length > shown.length ? [`  …and ${uncovered.length - shown.length} more`] : [];
  return [
    "Some characters have no bundled font, so a reader's system font would draw them, and the PDF would embed it as a Type 3 font:",
    ...shown,
    ...more,
    `Fix: replace the character (a look-alike the fonts have), mark the text with the language it is in (<span lang="ar">…</span>), so that language's fonts draw it, or add a font that draws it for that script to the theme "${themeName}" in _data/themes.json.`,
  ].join("\n");
}

import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fontverter from "fontverter";
import { characterMap } from "./character-map.ts";
import subsetFont from "subset-font";
import { writeCacheEntry } from "../../base/cache-folder.ts";
import { codeFingerprint } from "../../base/code-fingerprint.ts";
import { formatUnicodeRange, type FontFace } from "./font-faces.ts";

/** The fewest characters a font file holds, unless its slice has fewer in all (see mergeSmallGroups). */
const MIN_GROUP = 12;

/** What the font files are written as, with the extension and CSS `format()` hint of each. */
const FORMATS = { woff2: { extension: "woff2", hint: "woff2" }, truetype: { extension: "ttf", hint: "truetype" } } as const;
export type FontFormat = keyof typeof FORMATS;

/** The web fonts of a site, cut down to the characters it uses. */
export interface SubsetFonts {
  /** @font-face rules pointing at `./files/<name>`, relative to the stylesheet. */
  css: string;
  /** The font files, named after their content, so a changed subset gets a new URL. */
  files: Array<{ name: string; bytes: Buffer }>;
}

/**
 * Cuts every font slice down to the characters the site shows, in files a page fetches only when
 * it shows one of their characters. `texts` lists what the site shows, most-visited first (the home
 * page, then the other pages, then feeds and print editions). Each character belongs to the first
 * text that shows it, and each slice is cut into one file per such text: the home page fetches
 * exactly the glyphs it shows, and a later page fetches its own new characters plus the files of
 * earlier pages it shares characters with (usually already cached). Each rule's `unicode-range`
 * lists exactly the characters in its file, so a character the site does not use falls through
 * to the next font in the stack rather than to a missing glyph.
 *
 * The same input gives the same bytes (HarfBuzz's subsetter is deterministic), and results are
 * cached in `cacheDir`, so rebuilding unchanged content does no subsetting.
 * @param faces the slices, in the order their rules should appear
 * @param texts what the site shows, most-visited first
 * @param cacheDir where to keep subsets between builds (`fonts` in the build's cache folder)
 * @param format "woff2" for browsers (smallest to fetch; Brotli at its highest setting is most of
 *   the cost of a first build), "truetype" for the print edition, which Chromium reads from disk
 *   and which the PDF re-subsets anyway, so it need not be compressed at all
 */
export async function subsetFontFaces(faces: readonly FontFace[], texts: readonly string[], cacheDir: string, format: FontFormat = "woff2"): Promise<SubsetFonts> {
  return subsetFontFacesShown(faces, firstShownIn(texts), cacheDir, format);
}

/**
 * {@link subsetFontFaces} for characters already grouped by the text that first shows them
 * (see firstShownIn): a site's fonts are cut twice from the same pages (web and print), and
 * reading a thousand briefings' pages for their characters is a second of CPU each time.
 * @param faces the slices, in the order their rules should appear
 * @param groupOf each character shown, with the index of the first text that shows it
 * @param cacheDir where to keep subsets between builds
 * @param format the format of the files written (see subsetFontFaces)
 */
export async function subsetFontFacesShown(faces: readonly FontFace[], groupOf: ReadonlyMap<number, number>, cacheDir: string, format: FontFormat = "woff2"): Promise<SubsetFonts> {
  const rules: string[] = [];
  const files: SubsetFonts["files"] = [];
  mkdirSync(cacheDir, { recursive: true });
  // Sorted once, so each slice finds its characters by binary search: a theme has hundreds of
  // slices, and a site thousands of characters.
  const shown = [...groupOf.keys()].sort((a, b) => a - b);
  for (const face of faces) {
    const groups = new Map<number, number[]>();
    let next = 0;
    for (const [first, last] of [...face.ranges].sort((a, b) => a[0] - b[0])) {
      // Never back: ranges that overlap give each character once.
      let i = Math.max(next, firstAtLeast(shown, first));
      for (; i < shown.length && shown[i]! <= last; i++) {
        const group = groupOf.get(shown[i]!)!;
        const members = groups.get(group);
        if (members) members.push(shown[i]!);
        else groups.set(group, [shown[i]!]);
      }
      next = Math.max(next, i);
    }
    if (groups.size === 0) continue;
    const source = readFileSync(face.file);
    // subset-font unpacks a WOFF2 source on every call; one slice is cut many times (once per
    // page group), so it is unpacked once here. HarfBuzz gets the same font either way.
    let unpacked: Promise<Buffer> | undefined;
    const sfnt = () => (unpacked ??= fontverter.convert(source, "truetype"));
    // A slice's unicode-range may claim characters it has no glyph for (a Chinese slice's range
    // takes in Arabic letters, an Arabic font's arrows): a subset of those alone would have no
    // character map, and a rule claiming them would send the browser to a file that lacks them.
    const drawn = await drawnCharacters(source, sfnt, cacheDir);
    for (const [group, codePoints] of groups) {
      const kept = codePoints.filter((codePoint) => drawn.has(codePoint));
      if (kept.length === 0) groups.delete(group);
      else groups.set(group, kept);
    }
    if (groups.size === 0) continue;
    const order = [...groups.keys()].sort((a, b) => a - b);
    // The first text's (the home page's) characters keep a file of their own, however few.
    const own = order[0] === 0 ? [groups.get(0)!] : [];
    const later = order.filter((group) => group !== 0).map((group) => groups.get(group)!);
    for (const codePoints of [...own, ...mergeSmallGroups(later)]) {
      codePoints.sort((a, b) => a - b);
      const bytes = await subsetCached(source, sfnt, codePoints, cacheDir, format);
      // Named by content alone: short (there are hundreds of rules) and a new URL whenever a subset changes.
      const name = `${createHash("sha256").update(bytes).digest("hex").slice(0, 12)}.${FORMATS[format].extension}`;
      files.push({ name, bytes });
      // One line a rule: a site has hundreds of them, and this file is on every page's critical path.
      rules.push(
        `@font-face{font-family:'${face.family}';${face.style === "normal" ? "" : `font-style:${face.style};`}font-weight:${face.weight};font-display:swap;src:url(./files/${name}) format('${FORMATS[format].hint}');unicode-range:${formatUnicodeRange(codePoints)}}`,
      );
    }
  }
  return { css: rules.join("\n"), files };
}

/** The index of the first number in `sorted` that is at least `value` (its length when none is). */
function firstAtLeast(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Printable ASCII, U+0020 to U+007E: nearly every page shows nearly all of it in its markup. */
const PRINTABLE_ASCII = 0x7e - 0x20 + 1;

/**
 * Characters that are never drawn on their own (Unicode's Default_Ignorable_Code_Point): variation
 * selectors such as U+FE0E after a footnote's ↩, soft hyphens, zero-width joiners. A subset of
 * one of them alone has no character map a browser or PDF reader can use.
 */
const NEVER_DRAWN = /^\p{Default_Ignorable_Code_Point}$/u;

/** A character written as a reference in HTML or XML: `&#92;`, `&#x5C;`, `&amp;`, `&nbsp;`. */
const CHARACTER_REFERENCE = /&(?:#(\d+)|#[xX]([0-9a-fA-F]+)|(amp|lt|gt|quot|apos|nbsp));/g;
const NAMED_REFERENCES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

/**
 * The text with every character reference written as the character it stands for: a page shows
 * `\` where its source says `&#92;` (as Nunjucks escapes a backslash), so the font must hold it.
 */
function withReferencesResolved(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(CHARACTER_REFERENCE, (_, decimal?: string, hex?: string, name?: string) =>
    name ? NAMED_REFERENCES[name]! : String.fromCodePoint(decimal ? Number(decimal) : parseInt(hex!, 16)),
  );
}

/**
 * Each character the texts show, with the index of the first text that shows it, character
 * references read as the characters they stand for. Control characters (line breaks in the
 * source, DEL) and characters never drawn on their own (see NEVER_DRAWN) are left out.
 * @param texts what the site shows, most-visited first
 */
export function firstShownIn(texts: readonly string[]): Map<number, number> {
  const groupOf = new Map<number, number>();
  // One byte per code point, set once it is placed or ignored: the loop below runs for every
  // character of every page, and an array lookup is several times cheaper than a Map's.
  const known = new Uint8Array(0x110000);
  let asciiSeen = 0;
  texts.forEach((text, index) => {
    // A site's pages are hundreds of megabytes of mostly ASCII markup: once every printable ASCII
    // character has its text, the rest of each page is cut out natively before it is read.
    const resolved = withReferencesResolved(text);
    const unseen = asciiSeen === PRINTABLE_ASCII ? resolved.replace(/[\u0000-\u007f]+/g, "") : resolved;
    for (let i = 0; i < unseen.length; i++) {
      const codePoint = unseen.codePointAt(i)!;
      if (codePoint > 0xffff) i++;
      if (known[codePoint] === 1 || codePoint < 0x20 || codePoint === 0x7f) continue;
      known[codePoint] = 1;
      if (NEVER_DRAWN.test(String.fromCodePoint(codePoint))) continue;
      groupOf.set(codePoint, index);
      if (codePoint <= 0x7e) asciiSeen++;
    }
  });
  return groupOf;
}

/**
 * Joins each group with fewer than MIN_GROUP characters to the groups after it, in page order, until
 * the joined group is big enough. A later page's one or two new characters in a slice would
 * otherwise cost a file, a request and a rule of their own; joined, a page may fetch a few glyphs
 * it does not draw.
 */
function mergeSmallGroups(groups: number[][]): number[][] {
  const merged: number[][] = [];
  let current: number[] = [];
  for (const group of groups) {
    current = [...current, ...group];
    if (current.length >= MIN_GROUP) {
      merged.push(current);
      current = [];
    }
  }
  if (current.length > 0) {
    if (merged.length > 0) merged[merged.length - 1]!.push(...current);
    else merged.push(current);
  }
  return merged;
}

/** The characters of each font file read in this process, by the file's hash. */
const drawnBySource = new Map<string, Set<number>>();

/**
 * The characters a font file has glyphs for (see characterMap), kept in the cache folder by the
 * file's hash: reading them means unpacking the WOFF2 file, which for every slice of the theme's
 * fonts was most of a warm build's font stage, though the files never change.
 * @param source the font file as published
 * @param sfnt the same font unpacked, made only when the characters are not known yet
 * @param cacheDir the fonts' cache folder
 */
async function drawnCharacters(source: Buffer, sfnt: () => Promise<Buffer>, cacheDir: string): Promise<Set<number>> {
  const hash = createHash("sha256").update(codeFingerprint(CHARACTER_MAP)).update("\0").update(source).digest("hex").slice(0, 32);
  const known = drawnBySource.get(hash);
  if (known) return known;
  const cached = path.join(cacheDir, `${hash}.characters.json`);
  let drawn: Set<number>;
  if (existsSync(cached)) drawn = new Set(JSON.parse(readFileSync(cached, "utf8")) as number[]);
  else {
    drawn = characterMap(await sfnt());
    await writeCacheEntry(cached, JSON.stringify([...drawn]));
  }
  drawnBySource.set(hash, drawn);
  return drawn;
}

/** The code that reads a font's characters: the module and what it imports. */
const CHARACTER_MAP = ["src/outputs/fonts/character-map.ts"];

/** The code that cuts fonts: this module, what it imports, and the versions of subset-font (HarfBuzz) and fontverter. */
const SUBSETTER = ["src/outputs/fonts/subset-fonts.ts"];

/**
 * The cache key of a subset: a hash of everything that can change its bytes, so a subset is
 * reused only when the same code would cut the same characters from the same font again.
 * @param source the font file as published
 * @param codePoints the characters kept, sorted
 * @param format the file format written
 * @param code the subsetter's code (see codeFingerprint)
 */
export function subsetKey(source: Uint8Array, codePoints: readonly number[], format: FontFormat, code: string): string {
  return createHash("sha256").update(code).update("\0").update(format).update("\0").update(source).update(codePoints.join(",")).digest("hex").slice(0, 32);
}

/**
 * A subset of `source` with the given characters, from the cache when it was made before.
 * @param source the font file as published, which names the cache entry
 * @param sfnt the same font unpacked to TrueType, which is what is cut
 */
async function subsetCached(source: Buffer, sfnt: () => Promise<Buffer>, codePoints: number[], cacheDir: string, format: FontFormat): Promise<Buffer> {
  const key = subsetKey(source, codePoints, format, codeFingerprint(SUBSETTER));
  const cached = path.join(cacheDir, `${key}.${FORMATS[format].extension}`);
  if (existsSync(cached)) return readFileSync(cached);
  const bytes = await subsetFont(await sfnt(), String.fromCodePoint(...codePoints), { targetFormat: format });
  // Another build sharing the cache folder may be reading it: three builds at once in the shard
  // test could read a half-written font, which Chromium then refused.
  await writeCacheEntry(cached, bytes);
  return bytes;
}

import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fontverter from "fontverter";
import { writeCacheEntry } from "../../base/cache-folder.ts";
import { codeFingerprint } from "../../base/code-fingerprint.ts";
import type { ThemeFont } from "../../content/settings/theme-schema.ts";
import { characterMap } from "./character-map.ts";
import { fontFaces, type FontFace } from "./font-faces.ts";

/** The code that reads a character map, which keys its cache entries with the font. */
const READER = ["src/outputs/fonts/character-map.ts"];

/**
 * Which characters fonts really draw: a character counts for a font when one of its slices both
 * claims it (`unicode-range`) and has a glyph for it (its character map), in every weight the
 * theme uses, since a bold heading needs the bold glyph. A slice's character map is read only
 * when a character in its range is asked about, and kept in `cacheDir` by the slice's content:
 * a Japanese font is over a hundred slices, each a WOFF2 file to unpack.
 */
export class FontCoverage {
  private readonly faces = new Map<string, FontFace[]>();
  private readonly maps = new Map<string, Promise<Set<number>>>();

  /** @param cacheDir where character maps are kept between builds (the fonts cache folder) */
  constructor(private readonly cacheDir: string) {}

  /**
   * Whether any of the fonts draws the character in every weight it is used in.
   * @param fonts a stack's fonts
   * @param codePoint the character
   */
  async covers(fonts: readonly ThemeFont[], codePoint: number): Promise<boolean> {
    for (const font of fonts) {
      let everyWeight = true;
      for (const weight of font.weights) {
        if (!(await this.weightCovers(font, weight, codePoint))) {
          everyWeight = false;
          break;
        }
      }
      if (everyWeight) return true;
    }
    return false;
  }

  private async weightCovers(font: ThemeFont, weight: number, codePoint: number): Promise<boolean> {
    const key = `${font.package}@${weight}`;
    let faces = this.faces.get(key);
    if (!faces) this.faces.set(key, (faces = fontFaces({ ...font, weights: [weight] })));
    for (const face of faces) {
      if (!face.ranges.some(([first, last]) => codePoint >= first && codePoint <= last)) continue;
      if ((await this.characterMapOf(face.file)).has(codePoint)) return true;
    }
    return false;
  }

  private characterMapOf(file: string): Promise<Set<number>> {
    let map = this.maps.get(file);
    if (!map) this.maps.set(file, (map = this.readCharacterMap(file)));
    return map;
  }

  private async readCharacterMap(file: string): Promise<Set<number>> {
    const source = readFileSync(file);
    const cached = path.join(this.cacheDir, `cmap-${createHash("sha256").update(codeFingerprint(READER)).update("\0").update(source).digest("hex").slice(0, 32)}.json`);
    if (existsSync(cached)) return new Set(JSON.parse(readFileSync(cached, "utf8")) as number[]);
    const codePoints = characterMap(await fontverter.convert(source, "truetype"));
    mkdirSync(this.cacheDir, { recursive: true });
    await writeCacheEntry(cached, Buffer.from(JSON.stringify([...codePoints])));
    return codePoints;
  }
}

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import * as fontkit from "fontkit";
import fontverter from "fontverter";
import { describe, expect, it } from "vitest";
import { characterMap } from "../../../../src/outputs/fonts/character-map.ts";

const require = createRequire(import.meta.url);
const slice = (file: string) => readFileSync(require.resolve(`@fontsource/${file}`));

describe("characterMap", () => {
  for (const file of ["noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff2", "noto-sans-jp/files/noto-sans-jp-0-400-normal.woff2", "source-serif-4/files/source-serif-4-cyrillic-400-normal.woff2"]) {
    it(`reads the same characters as fontkit from ${file.split("/").pop()}`, async () => {
      const sfnt = await fontverter.convert(slice(file), "truetype");
      const mine = characterMap(sfnt);
      // fontkit lists U+FFFF, a noncharacter that ends every format 4 table; nothing draws it.
      const theirs = (fontkit.create(sfnt) as fontkit.Font).characterSet.filter((codePoint) => codePoint !== 0xffff);
      expect(mine.size).toBeGreaterThan(100);
      expect([...mine].sort((a, b) => a - b)).toEqual([...theirs].sort((a, b) => a - b));
    });
  }

  it("finds the Arabic letters of خلال in the Arabic slice and not in the Latin one", async () => {
    const arabic = characterMap(await fontverter.convert(slice("noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff2"), "truetype"));
    const latin = characterMap(await fontverter.convert(slice("source-serif-4/files/source-serif-4-latin-400-normal.woff2"), "truetype"));
    for (const letter of "خلال") {
      expect(arabic.has(letter.codePointAt(0)!)).toBe(true);
      expect(latin.has(letter.codePointAt(0)!)).toBe(false);
    }
  });
});

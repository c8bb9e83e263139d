import { describe, expect, it } from "vitest";
import { charactersByLanguage } from "../../../../src/outputs/fonts/characters-by-language.ts";

const chars = (text: string) => new Set([...text].map((c) => c.codePointAt(0)!));

describe("charactersByLanguage", () => {
  it("gives each character the language of the nearest element that has one", () => {
    const html = `<html lang="ar"><body><p>خلال <span lang="ja">今日</span> é</p><p lang="en">café</p></body></html>`;
    const found = charactersByLanguage(html);
    expect(found.get("ar")).toEqual(chars("خلالé"));
    expect(found.get("ja")).toEqual(chars("今日"));
    expect(found.get("en")).toEqual(chars("é"));
  });

  it("reads character references as the characters they draw, and leaves out ASCII and invisible characters", () => {
    const found = charactersByLanguage(`<html lang="fr"><body><p>&#x2192;&nbsp;a\u200d&shy;b</p></body></html>`);
    expect(found.get("fr")).toEqual(chars("→\u00a0"));
  });

  it("leaves out what no page font draws (head, scripts, styles) and keeps placeholders and button labels", () => {
    const html = `<html lang="en"><head><title>Ω title</title><style>a::after{content:"Σ"}</style></head><body><script>"Ж"</script><input placeholder="Rechercher…"><input type="submit" value="Go →"><img alt="∞"></body></html>`;
    expect(charactersByLanguage(html).get("en")).toEqual(chars("…→"));
  });

  it("returns to the outer language after a void element and after an element that closes", () => {
    const html = `<html lang="ja"><body><p lang="en">A<br>Ä</p>ö<svg lang="ar"><text>ب</text></svg>ü</body></html>`;
    const found = charactersByLanguage(html);
    expect(found.get("en")).toEqual(chars("Ä"));
    expect(found.get("ja")).toEqual(chars("öü"));
    expect(found.get("ar")).toEqual(chars("ب"));
  });
});

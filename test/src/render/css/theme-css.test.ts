import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { themeCss } from "../../../../src/render/css/theme-css.ts";
import { readSettings } from "../../../../src/content/settings/settings.ts";
import { themesSchema } from "../../../../src/content/settings/theme-schema.ts";

const builtIn = themesSchema.parse(JSON.parse(readFileSync("_data/themes.json", "utf8")));

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

describe("themeCss", () => {
  const theme = readSettings().theme;

  for (const [name, builtInTheme] of Object.entries(builtIn)) {
    it(`sets the "${name}" theme's headings a clear step apart: h2 at most 0.7 of h1, each level below the one above and above the text`, () => {
      const css = themeCss({ ...builtInTheme });
      const factor = (token: string) => Number(new RegExp(`--size-${token}: calc\\([^*]+\\* ([\\d.]+)\\)`).exec(css)?.[1]);
      const [h1, h2, h3, h4] = ["h1", "h2", "h3", "h4"].map(factor) as [number, number, number, number];
      expect(h2 / h1).toBeLessThanOrEqual(0.7);
      expect(h1).toBeGreaterThan(h2);
      expect(h2).toBeGreaterThan(h3);
      expect(h3).toBeGreaterThan(h4);
      expect(h4).toBeGreaterThan(1);
    });
  }

  it("writes the light palette as variables and the dark one under prefers-color-scheme", () => {
    const css = themeCss(theme);
    expect(css).toContain(`--colour-accent: ${theme.light.accent};`);
    const dark = css.slice(css.indexOf("prefers-color-scheme: dark"));
    expect(dark).toContain(`--colour-accent: ${theme.dark.accent};`);
  });

  /** The declarations of the rule with exactly this selector. */
  const ruleFor = (css: string, selector: string) => {
    const start = css.indexOf(`\n${selector} {`);
    expect(start, selector).toBeGreaterThan(-1);
    return css.slice(start, css.indexOf("}", start));
  };

  it("puts the Latin fonts first on the root and on any element with a lang of its own", () => {
    const { body, heading } = theme.fonts;
    const root = ruleFor(themeCss(theme), ":root, [lang]");
    expect(root).toContain(`--font-body: "${body.latin.family}", "${body.cjk.family}", serif;`);
    expect(root).toContain(`--font-heading: "${heading.latin.family}", "${heading.cjk.family}", sans-serif;`);
  });

  it("sets each script in its own font first: Simplified and Traditional Chinese, Japanese, Korean, Arabic", () => {
    const css = themeCss(theme);
    const { body, heading } = theme.fonts;
    expect(ruleFor(css, ":lang(zh)")).toContain(`--font-body: "${body.cjk.family}", "${body.latin.family}", serif;`);
    expect(ruleFor(css, ":lang(zh-Hant), :lang(zh-TW), :lang(zh-HK), :lang(zh-MO)")).toContain(`--font-body: "${body.traditionalChinese!.family}", "${body.latin.family}", "${body.cjk.family}", serif;`);
    expect(ruleFor(css, ":lang(ja)")).toContain(`--font-heading: "${heading.japanese!.family}", "${heading.latin.family}", "${heading.cjk.family}", sans-serif;`);
    expect(ruleFor(css, ":lang(ko)")).toContain(`--font-body: "${body.korean!.family}", "${body.latin.family}", "${body.cjk.family}", serif;`);
    expect(ruleFor(css, ":lang(ar), :lang(fa), :lang(ur), :lang(ps), :lang(ckb), :lang(sd), :lang(ug)")).toContain(`--font-body: "${body.arabic!.family}", "${body.latin.family}", "${body.cjk.family}", serif;`);
    // Traditional Chinese comes after Chinese: the same specificity, so the later rule wins for zh-TW.
    expect(css.indexOf(":lang(zh-Hant)")).toBeGreaterThan(css.indexOf(":lang(zh) {"));
  });

  it("falls back to the Simplified Chinese forms for a Han script, and to the Latin stack for Arabic, when a theme has no font for it", () => {
    const { japanese: _j, arabic: _a, ...body } = theme.fonts.body;
    const css = themeCss({ ...theme, fonts: { ...theme.fonts, body } });
    expect(ruleFor(css, ":lang(ja)")).toContain(`--font-body: "${body.cjk.family}", "${body.latin.family}", serif;`);
    expect(ruleFor(css, ":lang(ar), :lang(fa), :lang(ur), :lang(ps), :lang(ckb), :lang(sd), :lang(ug)")).toContain(`--font-body: "${body.latin.family}", "${body.cjk.family}", serif;`);
  });

  it("sets the font family again on an element with its own lang, since the inherited one was computed for its parent's language", () => {
    const css = themeCss(theme);
    expect(css).toContain(":where([lang]) { font-family: var(--font-body); }");
    expect(css).toContain(":where(h1, h2, h3, h4, h5, h6) :where([lang]) { font-family: var(--font-heading); }");
  });

  it("leaves the dark palette out of a page marked data-colour-scheme=light (the print edition)", () => {
    const css = themeCss(theme);
    expect(css).toMatch(/prefers-color-scheme: dark\)\s*\{\s*:root:not\(\[data-colour-scheme="light"\]\)\s*\{/);
  });

  it("paints the masthead with the accent unless a palette names a masthead colour", () => {
    const { masthead: _m, mastheadText: _t, ...plain } = theme.dark;
    const css = themeCss({ ...theme, light: plain, dark: plain });
    expect(css.match(/--colour-masthead: var\(--colour-accent\);/g)).toHaveLength(3);
    expect(css.match(/--colour-masthead-text: var\(--colour-accent-text\);/g)).toHaveLength(3);
  });

  for (const [name, builtInTheme] of Object.entries(builtIn)) {
    it(`keeps the "${name}" masthead a dark brand bar in the dark scheme, its text legible on it`, () => {
      const { masthead, mastheadText, background } = builtInTheme.dark;
      expect(masthead, "dark.masthead").toMatch(/^#/);
      // Darker than the pale accent it replaces, and never brighter than a mid tone.
      expect(luminance(masthead!)).toBeLessThan(0.1);
      expect(luminance(masthead!)).toBeLessThan(luminance(builtInTheme.dark.accent));
      expect(contrast(masthead!, mastheadText!)).toBeGreaterThanOrEqual(7);
      // Still a bar: it stands apart from the page below it.
      expect(luminance(masthead!)).toBeGreaterThan(luminance(background) * 2);
      const dark = themeCss({ ...builtInTheme }).split("prefers-color-scheme: dark")[1]!;
      expect(dark).toContain(`--colour-masthead: ${masthead};`);
      expect(dark).toContain(`--colour-masthead-text: ${mastheadText};`);
    });
  }
});

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

  it("writes the light palette as variables and the dark one under prefers-color-scheme", () => {
    const css = themeCss(theme);
    expect(css).toContain(`--colour-accent: ${theme.light.accent};`);
    const dark = css.slice(css.indexOf("prefers-color-scheme: dark"));
    expect(dark).toContain(`--colour-accent: ${theme.dark.accent};`);
  });

  it("puts the Latin fonts first by default and the CJK fonts first for Chinese and Japanese", () => {
    const css = themeCss(theme);
    const { body, heading } = theme.fonts;
    const root = css.slice(css.indexOf(":root {"), css.indexOf("}"));
    expect(root).toContain(`--font-body: "${body.latin.family}", "${body.cjk.family}", serif;`);
    expect(root).toContain(`--font-heading: "${heading.latin.family}", "${heading.cjk.family}", sans-serif;`);
    const cjk = css.slice(css.indexOf(":lang(zh), :lang(ja) {"));
    expect(cjk.slice(0, cjk.indexOf("}"))).toContain(`--font-body: "${body.cjk.family}", "${body.latin.family}", serif;`);
    const latinInside = css.slice(css.indexOf("[lang]:not(:lang(zh)):not(:lang(ja)) {"));
    expect(latinInside.slice(0, latinInside.indexOf("}"))).toContain(`--font-body: "${body.latin.family}", "${body.cjk.family}", serif;`);
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

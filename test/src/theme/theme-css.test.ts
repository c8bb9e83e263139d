import { describe, expect, it } from "vitest";
import { themeCss } from "../../../src/theme/theme-css.ts";
import { loadTheme } from "../../../src/theme/load-theme.ts";

describe("themeCss", () => {
  const theme = loadTheme("_data");

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
});

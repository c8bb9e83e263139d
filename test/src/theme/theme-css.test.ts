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

  it("names the theme's fonts", () => {
    expect(themeCss(theme)).toContain(`--font-body: "${theme.fonts.body.family}"`);
  });
});

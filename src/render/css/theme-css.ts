import type { Theme } from "../../content/settings/theme-schema.ts";

/**
 * The font stacks of a theme, for pages in Latin-script languages (Latin font first, the CJK
 * font behind it for Han characters) and in Chinese or Japanese (CJK font first, so quotes and
 * punctuation take the CJK font's full-width glyphs).
 * @param theme the active theme
 */
export function fontStacks(theme: Theme): { latin: { body: string; heading: string }; cjk: { body: string; heading: string } } {
  const stack = (first: string, second: string, generic: string) => `"${first}", "${second}", ${generic}`;
  const { body, heading } = theme.fonts;
  return {
    latin: { body: stack(body.latin.family, body.cjk.family, "serif"), heading: stack(heading.latin.family, heading.cjk.family, "sans-serif") },
    cjk: { body: stack(body.cjk.family, body.latin.family, "serif"), heading: stack(heading.cjk.family, heading.latin.family, "sans-serif") },
  };
}

/**
 * Turns a theme's tokens into CSS custom properties: the light palette by default,
 * the dark one under `prefers-color-scheme: dark` (except on a page whose root has
 * `data-colour-scheme="light"`), the type scale as sizes, and the font stacks by language
 * (any element marked `lang` picks the stack of its own language).
 * Every stylesheet (screen, print, charts) reads only these variables.
 * @param theme the active theme
 */
export function themeCss(theme: Theme): string {
  const { base, ratio, lineHeight, measure } = theme.typeScale;
  const step = (n: number) => `calc(${base} * ${Number(ratio ** n).toFixed(4)})`;
  const palette = (colours: Theme["light"]) =>
    Object.entries({ masthead: "var(--colour-accent)", mastheadText: "var(--colour-accent-text)", ...colours })
      .map(([name, value]) => `  --colour-${kebab(name)}: ${value};`)
      .join("\n");
  const stacks = fontStacks(theme);
  return `/* Generated from _data/themes.json: edit the theme there. */
:root {
  color-scheme: light dark;
${palette(theme.light)}
  --font-body: ${stacks.latin.body};
  --font-heading: ${stacks.latin.heading};
  --size-base: ${base};
  --size-small: ${step(-1)};
  --size-h4: ${step(1)};
  --size-h3: ${step(2)};
  --size-h2: ${step(3)};
  --size-h1: ${step(4)};
  --size-display: ${step(6)};
  --line-height: ${lineHeight};
  --measure: ${measure};
  --radius: ${theme.radius};
}
/* Chinese and Japanese: the CJK font first, so “quotes” and punctuation are full-width. */
:lang(zh), :lang(ja) {
  --font-body: ${stacks.cjk.body};
  --font-heading: ${stacks.cjk.heading};
}
/* Latin text marked inside a CJK page (a title in another language) gets the Latin font back. */
[lang]:not(:lang(zh)):not(:lang(ja)) {
  --font-body: ${stacks.latin.body};
  --font-heading: ${stacks.latin.heading};
}
/* A page that is only ever paper (the print edition) opts out of the dark palette. */
@media (prefers-color-scheme: dark) {
  :root:not([data-colour-scheme="light"]) {
${palette(theme.dark).replace(/^/gm, "  ")}
  }
}
@media print {
  :root {
${palette(theme.light).replace(/^/gm, "  ")}
  }
}
`;
}

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

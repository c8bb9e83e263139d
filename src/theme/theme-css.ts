import type { Theme } from "./theme-schema.ts";

/**
 * Turns a theme's tokens into CSS custom properties: the light palette by default,
 * the dark one under `prefers-color-scheme: dark` (except on a page whose root has
 * `data-colour-scheme="light"`), and the type scale as sizes.
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
  return `/* Generated from _data/themes.json: edit the theme there. */
:root {
  color-scheme: light dark;
${palette(theme.light)}
  --font-body: "${theme.fonts.body.family}", serif;
  --font-heading: "${theme.fonts.heading.family}", sans-serif;
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

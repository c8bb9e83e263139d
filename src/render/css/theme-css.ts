import { FONT_SCRIPTS, type FontScript } from "../../content/language-script.ts";
import { stackFonts } from "../../content/settings/stack-fonts.ts";
import type { Theme, ThemeFonts } from "../../content/settings/theme-schema.ts";

/** A font stack of each role for one script: CSS `font-family` values. */
export interface FontStack {
  body: string;
  heading: string;
}

/** The languages whose `:lang()` selects each script's stack (src/content/language-script.ts decides the same in code). */
const SCRIPT_LANGUAGES: Record<Exclude<FontScript, "latin">, string[]> = {
  cjk: ["zh"],
  traditionalChinese: ["zh-Hant", "zh-TW", "zh-HK", "zh-MO"],
  japanese: ["ja"],
  korean: ["ko"],
  arabic: ["ar", "fa", "ur", "ps", "ckb", "sd", "ug"],
};

/**
 * The font stacks of a theme, one per script (see FontScript), each with the script's own font
 * first: Latin-script pages have the Latin font first and the Simplified Chinese font behind it
 * for Han characters; Chinese, Japanese, Korean and Arabic pages have their own font first, so
 * quotes, punctuation and Han forms are theirs, then the Latin font, then the Simplified Chinese
 * font. A script the theme has no font for uses the Simplified Chinese stack (Han scripts) or
 * the Latin one.
 * @param theme the active theme
 */
export function fontStacks(theme: Theme): Record<FontScript, FontStack> {
  const role = (fonts: ThemeFonts, generic: string) => (script: FontScript) =>
    [...stackFonts(fonts, script).map((font) => `"${font.family}"`), generic].join(", ");
  const body = role(theme.fonts.body, "serif");
  const heading = role(theme.fonts.heading, "sans-serif");
  return Object.fromEntries(FONT_SCRIPTS.map((script) => [script, { body: body(script), heading: heading(script) }])) as Record<FontScript, FontStack>;
}

/**
 * The rules that set each language's stacks as `--font-body` and `--font-heading`, on the page's
 * root and on any element with its own `lang`. Each rule has one attribute's specificity, so
 * the later one wins: `:lang(zh-TW)` after `:lang(zh)`. An element with a `lang` of its own
 * also sets its font family again (with no specificity, so any rule naming a role wins): the
 * family it would inherit was computed from its parent's language.
 */
function languageRules(stacks: Record<FontScript, FontStack>): string {
  const rule = (selector: string, stack: FontStack) => `${selector} {\n  --font-body: ${stack.body};\n  --font-heading: ${stack.heading};\n}`;
  return [
    rule(":root, [lang]", stacks.latin),
    ...Object.entries(SCRIPT_LANGUAGES).map(([script, languages]) => rule(languages.map((language) => `:lang(${language})`).join(", "), stacks[script as FontScript])),
    ":where([lang]) { font-family: var(--font-body); }",
    ":where(h1, h2, h3, h4, h5, h6) :where([lang]) { font-family: var(--font-heading); }",
  ].join("\n");
}

/**
 * Each heading level's size, in steps of the theme's ratio above the text. The title (h1) is two
 * steps above the section heading (h2), as a publication sets a page's title apart from its
 * headings; one step apart (35 px against 44 px) they read as two sizes of one thing. Below h2 the
 * levels are a step, then half a step, apart, so #### stays larger than the text.
 */
export const HEADING_STEPS: readonly (readonly ["h1" | "h2" | "h3" | "h4", number])[] = [
  ["h4", 0.5],
  ["h3", 1],
  ["h2", 2],
  ["h1", 4],
];

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
  --size-base: ${base};
  --size-small: ${step(-1)};
${HEADING_STEPS.map(([level, n]) => `  --size-${level}: ${step(n)};`).join("\n")}
  --size-display: ${step(6)};
  --line-height: ${lineHeight};
  --measure: ${measure};
  --radius: ${theme.radius};
}
/* Each script in its own type: the page's language, and any element's own, picks the stacks. */
${languageRules(stacks)}
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

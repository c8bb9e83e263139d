import { z } from "zod";
import { localizedTextSchema } from "../localized-text.ts";

const colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, "use a six-digit hex colour such as #1f3a64");

const palette = z.strictObject({
  background: colour,
  surface: colour,
  text: colour,
  muted: colour,
  rule: colour,
  accent: colour,
  accentText: colour,
  highlight: colour,
  mark: colour,
  /** The site header's bar and its text; default to accent and accentText. A dark palette sets
      them so the header stays a dark brand bar instead of turning into a bright one. */
  masthead: colour.optional(),
  mastheadText: colour.optional(),
});

const font = z.strictObject({
  family: z.string().min(1),
  /** An @fontsource package with static (non-variable) TrueType-outline files, so PDFs embed real fonts. */
  package: z.string().regex(/^@fontsource\/[a-z0-9-]+$/, "use an @fontsource package, e.g. @fontsource/noto-sans-sc"),
  weights: z.array(z.number().int().min(100).max(900)).min(1),
});

/**
 * The fonts of one role (body or heading), one per script (src/content/language-script.ts): a
 * Latin font (with Cyrillic and Greek) and a Simplified Chinese font (`cjk`), which every stack
 * falls back to for Han characters; then, optionally, the fonts for Traditional Chinese,
 * Japanese, Korean and Arabic. A page or element in one of those languages (its `lang`) is set
 * in its script's font first, so its punctuation, quotes and Han forms are its own; without that
 * font, Traditional Chinese, Japanese and Korean fall back to the Simplified Chinese font's forms.
 */
const fontPair = z.strictObject({
  latin: font,
  cjk: font,
  traditionalChinese: font.optional(),
  japanese: font.optional(),
  korean: font.optional(),
  arabic: font.optional(),
});

/** One theme's design tokens. */
export const themeSchema = z.strictObject({
  label: z.string().min(1),
  /** The words in the logo's box: one text, or one per language like the settings in site.json. */
  logoText: localizedTextSchema,
  fonts: z.strictObject({ body: fontPair, heading: fontPair }),
  typeScale: z.strictObject({
    base: z.string().min(1),
    ratio: z.number().min(1).max(2),
    lineHeight: z.number().min(1).max(3),
    measure: z.string().min(1),
  }),
  radius: z.string().min(1),
  light: palette,
  dark: palette,
});

export const themesSchema = z.record(z.string(), themeSchema);

export type Theme = z.infer<typeof themeSchema>;
export type ThemeFont = Theme["fonts"]["body"]["latin"];
export type ThemeFonts = Theme["fonts"]["body"];

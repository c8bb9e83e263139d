import { z } from "zod";

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

/** One theme's design tokens. */
export const themeSchema = z.strictObject({
  label: z.string().min(1),
  logoText: z.string().min(1),
  fonts: z.strictObject({ body: font, heading: font }),
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
export type ThemeFont = Theme["fonts"]["body"];

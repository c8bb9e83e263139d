import { z } from "zod";
import { explainDate } from "./date-messages.ts";
import { tagSlug } from "./paths/tag-paths.ts";

/**
 * The single description of a briefing. Types come from here (`z.infer`),
 * and the build checks every briefing against it before rendering anything.
 */

/** An ISO 8601 date-time that states its offset, so a briefing's time never depends on the build machine. */
const zonedDateTime = z.iso.datetime({
  offset: true,
  error: (issue) => explainDate(issue.input, "dateTime"),
});

/** A calendar day, or a date-time with its offset. */
const dayOrDateTime = z.union([z.iso.date(), zonedDateTime], {
  error: (issue) => explainDate(issue.input, "dayOrDateTime"),
});

/** A folder name or id: lower-case letters, digits and single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const slug = z
  .string()
  .regex(SLUG_PATTERN, "use lower-case letters, digits and single hyphens, e.g. state-guest-visits");

/**
 * How a source qualifies a number, as a meaning rather than a word, so any language can
 * word it (`_data/labels/`: "about 12,000", 约1.2万).
 */
export const QUALIFIERS = ["about", "nearly", "more-than", "over"] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** The Chinese words briefings already use for qualifiers, and what each means. */
export const CHINESE_QUALIFIERS: Record<string, Qualifier> = { 约: "about", 近: "nearly", 余: "more-than", 超: "over" };

/**
 * The scales a figure can be shown at (13,400,000 at `million` reads "13.4 million";
 * at `ten-thousand`, 1340万), each with the number it divides by.
 */
export const SCALES = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, "ten-thousand": 1e4, "hundred-million": 1e8 } as const;
export type Scale = keyof typeof SCALES;

/** The Chinese and Japanese characters accepted for a scale (兆 is 10¹² as Japan and Taiwan write it). */
export const CHINESE_SCALES: Record<string, Scale> = { 万: "ten-thousand", 萬: "ten-thousand", 亿: "hundred-million", 億: "hundred-million", 兆: "trillion" };

/** Whether a rise in a figure is good news, bad news, or neither. */
export const GOOD_DIRECTIONS = ["up", "down", "neutral"] as const;

/**
 * Text that may be a bare year: YAML reads `period: 2023` or `label: 2023` as a number, and a
 * year alone is fine text there, so it is taken as "2023".
 */
function yearOrText(what: string, example: string) {
  return z.union([z.string().min(1), z.int().transform(String)], { error: `write ${what} as text, e.g. ${example}` });
}

/** Digits shown after the decimal point; the loader fills it in from how the number is written. */
const decimals = z.int().min(0).max(6).optional().describe("digits after the decimal point, e.g. 1 to show 7 as 7.0");

export const changeSchema = z.strictObject({
  value: z.number().describe("the change as a signed number, e.g. 19.8 or -7.0"),
  decimals,
  unit: z.string().min(1).describe('the unit of the change, e.g. "%"'),
  basis: z.string().min(1).describe("what it is compared with, e.g. 环比 or 同比"),
  good: z.enum(GOOD_DIRECTIONS).default("neutral").describe("up if a rise is good news, down if a fall is, else neutral"),
});

const qualifierSchema = z.union([z.enum(QUALIFIERS), z.enum(Object.keys(CHINESE_QUALIFIERS) as [string, ...string[]]).transform((word) => CHINESE_QUALIFIERS[word]!)], {
  error: `use one of ${QUALIFIERS.join(", ")} (or 约, 近, 余, 超)`,
});

const scaleSchema = z.union([z.enum(Object.keys(SCALES) as [Scale, ...Scale[]]), z.enum(Object.keys(CHINESE_SCALES) as [string, ...string[]]).transform((word) => CHINESE_SCALES[word]!)], {
  error: `use one of ${Object.keys(SCALES).join(", ")} (or 万, 亿, 億, 兆)`,
});

export const figureSchema = z.strictObject({
  id: slug,
  label: z.string().min(1),
  value: z.number().finite(),
  decimals,
  scale: scaleSchema.optional().describe("show the value in thousands, millions, … while the data keeps it exact"),
  unit: z.string(),
  qualifier: qualifierSchema.optional(),
  period: yearOrText("the period", '"2023" or 2023年上半年'),
  change: changeSchema.optional(),
  kind: z.enum(["count", "percent", "ratio", "year"]).default("count"),
  headline: z.boolean().default(false),
});

/**
 * One bar of a chart: either a key figure, referenced by id so its number is written once,
 * or a value derived from figures in code (e.g. a three-year total the source gives only as
 * "half of this"), which charts and tables label as derived and explain with `note`.
 */
export const chartSeriesSchema = z
  .strictObject({
    label: yearOrText("the bar's label", '"2023" or 2023年上半年').optional().describe("the bar's label; defaults to the figure's label"),
    figure: slug.optional().describe("the id of the key figure this bar shows"),
    derived: z
      .strictObject({
        from: slug.describe("the id of the figure the value is derived from"),
        divideBy: z.union([slug, z.number().positive()]).describe("a figure id, or a number, to divide it by"),
        note: z.string().min(1).describe("why the value can be derived, in the briefing's language"),
      })
      .optional(),
  })
  .superRefine((series, context) => {
    if ((series.figure === undefined) === (series.derived === undefined)) {
      context.addIssue({ code: "custom", message: "give either figure: <figure id> or derived: { from, divideBy, note }, not both or neither" });
    }
    if (series.derived && !series.label) {
      context.addIssue({ code: "custom", path: ["label"], message: "is missing; a derived value has no figure to take its label from, so give it one" });
    }
  });

/** A chart built at build time from the briefing's figures and placed in prose by `{% chart "id" %}`. */
export const chartSchema = z.strictObject({
  id: slug,
  title: z.string().min(1),
  description: z.string().min(1).optional(),
  type: z.enum(["bar"]).default("bar"),
  max: z.number().positive().optional().describe("the end of the value axis, e.g. 100 for percentages"),
  total: slug.optional().describe("the id of a figure the bars must add up to"),
  series: z.array(chartSeriesSchema).min(1, "give the chart at least one bar under series"),
  printTable: z.boolean().default(false).describe("print the chart's data table under it in the PDF too (the drawing already writes every value)"),
});

export const creditSchema = z.strictObject({
  role: z.string().min(1),
  name: z.string().min(1),
});

export const sourceSchema = z.strictObject({
  title: z.string().min(1),
  publisher: z.string().min(1),
  date: dayOrDateTime,
  author: z.string().min(1).optional(),
  note: z.string().min(1).optional(),
  /** Where readers can read the source; linked wherever the source is named. */
  url: z
    .url({ protocol: /^https?$/, error: "use the full web address of the source, starting with https:// or http://" })
    .optional(),
});

export const updateSchema = z.strictObject({
  /**
   * Names the update in its link (`updates/#update-<id>`) and its feed entry id, so both survive
   * edits to its title or note. Defaults to the update's day (2024-03-29); only a second update
   * on the same day needs one of its own.
   */
  id: slug.optional(),
  date: dayOrDateTime,
  title: z.string().min(1),
  note: z.string().min(1),
  source: sourceSchema.optional(),
});

/** What `briefing.yaml` holds: everything but the prose. */
export const briefingFileSchema = z.strictObject({
  title: z.string().min(1),
  shortTitle: z.string().min(1).optional(),
  subtitle: z.string().min(1).optional(),
  date: zonedDateTime,
  updated: zonedDateTime.optional(),
  timeZone: z.string().min(1).refine(isTimeZone, "use an IANA time zone name, e.g. Asia/Shanghai"),
  language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, "use a BCP 47 language tag, e.g. zh-CN"),
  summary: z.string().min(1),
  publisher: z.string().min(1),
  tags: z
    .array(z.string().min(1).refine((tag) => tagSlug(tag) !== "", "this tag has no letters or digits outside markup, so it can name no page; write it in words"))
    .default([]),
  source: sourceSchema,
  credits: z.array(creditSchema).default([]),
  figures: z.array(figureSchema).default([]),
  updates: z.array(updateSchema).default([]),
  charts: z.array(chartSchema).default([]),
});

/** The front matter of a section's Markdown file. */
export const sectionFrontMatterSchema = z.strictObject({
  title: z.string().min(1),
  summary: z.string().min(1).optional(),
});

export type BriefingFile = z.infer<typeof briefingFileSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type ChartDefinition = z.infer<typeof chartSchema>;
export type ChartSeries = z.infer<typeof chartSeriesSchema>;
export type Update = z.infer<typeof updateSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type SectionFrontMatter = z.infer<typeof sectionFrontMatterSchema>;

/** Zones already found valid: every briefing names one, and most name the same. */
const knownTimeZones = new Set<string>();

function isTimeZone(name: string): boolean {
  if (knownTimeZones.has(name)) return true;
  try {
    new Intl.DateTimeFormat("en", { timeZone: name });
    knownTimeZones.add(name);
    return true;
  } catch {
    return false;
  }
}

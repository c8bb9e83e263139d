import { z } from "zod";

/**
 * The single description of a briefing. Types come from here (`z.infer`),
 * and the build checks every briefing against it before rendering anything.
 */

/** An ISO 8601 date-time that states its offset, so a briefing's time never depends on the build machine. */
const zonedDateTime = z.iso.datetime({
  offset: true,
  error: "use a date-time with its UTC offset, e.g. 2023-06-27T18:00:00+08:00",
});

/** A calendar day, or a date-time with its offset. */
const dayOrDateTime = z.union([z.iso.date(), zonedDateTime], {
  error: "use a date such as 2024-03-29, or a date-time with its UTC offset such as 2023-06-27T18:00:00+08:00",
});

/** A folder name or id: lower-case letters, digits and single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const slug = z
  .string()
  .regex(SLUG_PATTERN, "use lower-case letters, digits and single hyphens, e.g. state-guest-visits");

/** The words a source uses to qualify a number: 近 nearly, 余 more than, 超 over, 约 about. */
export const QUALIFIERS = ["近", "余", "超", "约"] as const;

export const changeSchema = z.strictObject({
  value: z.number().describe("the change as a signed number, e.g. 19.8 or -3"),
  unit: z.string().min(1).describe('the unit of the change, e.g. "%"'),
  basis: z.string().min(1).describe("what it is compared with, e.g. 环比 or 同比"),
});

export const figureSchema = z.strictObject({
  id: slug,
  label: z.string().min(1),
  value: z.number().finite(),
  unit: z.string(),
  qualifier: z.enum(QUALIFIERS).optional(),
  period: z.string().min(1),
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
    label: z.string().min(1).optional().describe("the bar's label; defaults to the figure's label"),
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
  tags: z.array(z.string().min(1)).default([]),
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

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

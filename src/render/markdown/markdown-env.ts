import type { Env } from "markdown-it";
import type { Figure } from "../../content/schema.ts";
import type { Chart } from "../../content/chart.ts";
import type { Labels } from "../../content/interface-words.ts";

/** Where prose states a figure: the block that can be linked to. */
export interface FigureStatement {
  figureId: string;
  anchor: string;
}

/** What the renderer needs to know about the page it renders for, and what it reports back. */
export interface MarkdownEnv extends Env {
  /** The page's language, for number formatting. */
  language?: string;
  /** The briefing's key figures by id. */
  figures?: Map<string, Figure>;
  /** Prefix for the ids given to paragraphs and headings, e.g. the section's id. */
  anchorPrefix?: string;
  /** Filled by the renderer: each figure reference and the anchor of the block stating it. */
  statements?: FigureStatement[];
  /** The briefing's charts by id, for `{% chart "id" %}`. */
  charts?: Map<string, Chart>;
  /** The page's interface words, for the words charts show ("数据表", "推算值"). */
  labels?: Labels;
  /** Site-relative URL of the briefing's key-figures page, which chart tables link to. */
  figuresUrl?: string;
  /** The briefing's source, cited in the page's language, for the source line under each chart. */
  source?: string;
  /** Filled by the parser: the id of each chart placed, in order. */
  chartPlacements?: string[];
}

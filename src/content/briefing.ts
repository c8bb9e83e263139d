import type { UpdateInOtherLanguages } from "./editions/updates-in-one-language.ts";
import type { BriefingFile, Update } from "./schema.ts";
import type { PlacedChart } from "./chart.ts";

/** A section of prose as written: its Markdown, and where it came from and sits. */
export interface Section {
  /** From the file name without its order prefix: `01-after-reopening.md` → `after-reopening`. */
  id: string;
  title: string;
  summary?: string;
  /** 1-based position in the briefing. */
  number: number;
  /** Site-relative URL of the section's page. */
  url: string;
  /** The prose, in Markdown, as written below the front matter; src/render/ makes it HTML. */
  body: string;
  /** The line of `sourceFile` the body starts on, so a mistake found in it names its line. */
  bodyLine: number;
  /** The Markdown file it came from, relative to the project. */
  sourceFile: string;
}

/** A dated update with its permanent id (from `id`, else its day). */
export interface BriefingUpdate extends Update {
  id: string;
}

/**
 * A briefing as plain, checked data: what its files say, with links worked out. The prose stays
 * Markdown: src/render/ renders it (see RenderedBriefing).
 */
export interface Briefing extends Omit<BriefingFile, "updates" | "charts"> {
  /** The folder name; the briefing's URLs start with it. */
  slug: string;
  /** Site-relative URL of the briefing's cover page. */
  url: string;
  shortTitle: string;
  /** When it was last changed: `updated`, else `date`. */
  updated: string;
  sections: Section[];
  /** Charts of the briefing's figures, each with the place in the prose that shows it. */
  charts: PlacedChart[];
  /** Dated updates, newest first. */
  updates: BriefingUpdate[];
  /**
   * Updates other editions publish and this one does not yet (written in their languages only),
   * newest first, each with where it is; empty for a briefing in one language.
   */
  updatesInOtherLanguages: UpdateInOtherLanguages[];
  /**
   * For an edition in another language, its folder under `sections/` (`en`), which its URL ends
   * with; undefined for the briefing in its own language.
   */
  edition?: string;
  /**
   * The briefing in its other languages, from `sections/<language>/`: the same figures, values
   * and charts with that language's texts, and that language's prose, at `/<slug>/<language>/`.
   * Empty for a briefing in one language and on an edition itself.
   */
  editions: Briefing[];
  /** The folder the briefing was loaded from, relative to the project. */
  sourceDir: string;
}

import type { BriefingFile, Figure, Update } from "./schema.ts";
import type { PlacedChart } from "./chart.ts";

/** A section of prose, rendered, with its place in the briefing. */
export interface Section {
  /** From the file name without its order prefix: `01-after-reopening.md` → `after-reopening`. */
  id: string;
  title: string;
  summary?: string;
  /** 1-based position in the briefing. */
  number: number;
  /** Site-relative URL of the section's page. */
  url: string;
  /** The prose as HTML for its own page (Markdown `##` → `<h2>`). */
  html: string;
  /** The prose as HTML one level deeper, for pages that show several sections. */
  nestedHtml: string;
  /** The Markdown file it came from, relative to the project. */
  sourceFile: string;
}

/** A key figure together with the place in the prose that states it. */
export interface StatedFigure extends Figure {
  sectionId: string;
  /** Id of the paragraph (or list item) that first states the figure. */
  anchor: string;
  /** Site-relative URL of that paragraph. */
  url: string;
}

/** A dated update with its permanent id (from `id`, else its day). */
export interface BriefingUpdate extends Update {
  id: string;
}

/** A briefing ready for templates: validated data, rendered prose, links worked out. */
export interface Briefing extends Omit<BriefingFile, "figures" | "updates" | "charts"> {
  /** The folder name; the briefing's URLs start with it. */
  slug: string;
  /** Site-relative URL of the briefing's cover page. */
  url: string;
  shortTitle: string;
  /** When it was last changed: `updated`, else `date`. */
  updated: string;
  sections: Section[];
  figures: StatedFigure[];
  /** Charts of the briefing's figures, each with the place in the prose that shows it. */
  charts: PlacedChart[];
  /** Dated updates, newest first. */
  updates: BriefingUpdate[];
  /** The folder the briefing was loaded from, relative to the project. */
  sourceDir: string;
}

import type { Briefing, Section } from "../../content/briefing.ts";
import type { Figure } from "../../content/schema.ts";
import type { EditionPlace } from "../../content/paths/edition-paths.ts";

/** A section with its prose rendered. */
export interface RenderedSection extends Section {
  /** The prose as HTML for its own page (Markdown `##` → `<h2>`). */
  html: string;
  /** The prose as HTML one level deeper, for pages that show several sections. */
  nestedHtml: string;
}

/** A key figure together with the place in the prose that states it. */
export interface StatedFigure extends Figure {
  sectionId: string;
  /** Id of the paragraph (or list item) that first states the figure. */
  anchor: string;
  /** Site-relative URL of that paragraph. */
  url: string;
}

/** A briefing ready for templates: its data, its prose as HTML, and where each figure is stated. */
export interface RenderedBriefing extends Omit<Briefing, "sections" | "figures" | "editions"> {
  sections: RenderedSection[];
  figures: StatedFigure[];
  /** The briefing's editions in other languages, rendered; empty on an edition itself. */
  editions: RenderedBriefing[];
  /** Every edition of the briefing, its own language's first; one entry for a briefing in one language. */
  alternates: EditionPlace[];
}

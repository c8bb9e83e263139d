import MarkdownIt from "markdown-it";
import { figureReferencePlugin } from "./figure-reference.ts";
import { blockAnchorsPlugin } from "./block-anchors.ts";
import { chartBlockPlugin } from "./chart-block.ts";

/**
 * Builds the one markdown-it instance the project uses, for Eleventy's Markdown
 * templates, for the `markdown` filter and for briefing prose alike.
 * Raw HTML is off: prose is written by staff, and the theme owns the markup.
 */
export function createMarkdown() {
  return new MarkdownIt({ html: false, linkify: false, typographer: false })
    .use(figureReferencePlugin)
    .use(chartBlockPlugin)
    .use(blockAnchorsPlugin);
}

/** The shared instance. */
export const markdown = createMarkdown();

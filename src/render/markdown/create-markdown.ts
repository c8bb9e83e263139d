import MarkdownIt from "markdown-it";
import cjkFriendly from "markdown-it-cjk-friendly";
import { figureReferencePlugin } from "./figure-reference.ts";
import { blockAnchorsPlugin } from "./block-anchors.ts";
import { chartBlockPlugin } from "./chart-block.ts";
import { footnotesPlugin } from "./footnotes.ts";
import { tableRegionsPlugin } from "./table-regions.ts";

/**
 * Builds the one markdown-it instance the project uses, for Eleventy's Markdown
 * templates, for the `markdown` filter and for briefing prose alike.
 * Raw HTML is off: prose is written by staff, and the theme owns the markup.
 * CommonMark's emphasis rules fail next to full-width punctuation (`**粗体，**后文`);
 * markdown-it-cjk-friendly lifts that restriction for CJK text only.
 */
export function createMarkdown() {
  return (
    new MarkdownIt({ html: false, linkify: false, typographer: false })
      .use(cjkFriendly)
      .use(figureReferencePlugin)
      .use(chartBlockPlugin)
      .use(footnotesPlugin)
      // Captions are taken from paragraphs before those paragraphs are given anchors.
      .use(tableRegionsPlugin)
      .use(blockAnchorsPlugin)
  );
}

/** The shared instance. */
export const markdown = createMarkdown();

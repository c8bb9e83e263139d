import { DomUtils, parseDocument } from "htmlparser2";

/** One entry of a section's "on this page" contents. */
export interface SectionHeading {
  /** The heading's id, to link to. */
  id: string;
  /** The heading's text, without markup. */
  text: string;
}

/**
 * The headings of a section's rendered prose at one level, in order, for its "on this page"
 * contents. Headings without an id cannot be linked to and are left out.
 * @param html the section's rendered prose
 * @param level the heading level to list; 2 for the `##` headings under a section page's h1
 * @returns each heading's id and text
 */
export function sectionHeadings(html: string, level = 2): SectionHeading[] {
  // Only read, never written back: htmlparser2's tree is cheaper to build than a DOM, and every
  // section page asks for its headings.
  const tag = `h${level}`;
  const headings = DomUtils.findAll((element) => element.name === tag && element.attribs.id !== undefined, parseDocument(html ?? "").children);
  return headings.map((heading) => ({ id: heading.attribs.id ?? "", text: DomUtils.textContent(heading).trim() }));
}

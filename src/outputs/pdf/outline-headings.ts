import type { Page } from "puppeteer-core";

/** A heading of the print edition that gets a bookmark in the PDF's outline. */
export interface OutlineHeading {
  /** The element id the PDF's named destination for this heading is called by. */
  id: string;
  /** 1 for `<h1>` … 6 for `<h6>`: bookmarks nest by it. */
  level: number;
  /** The heading's text as a reader sees it: whitespace collapsed, soft hyphens removed. */
  title: string;
}

/** Prefix of the ids given to headings that have none, so each can be a named destination. */
const GIVEN_ID_PREFIX = "pdf-heading-";

/**
 * Lists the headings the PDF's outline is made of and makes sure Chromium writes a named
 * destination for each. Chromium writes destinations only for elements that some link in
 * the document points at, so this appends one hidden block of `#id` links (no box, no tag,
 * no annotation) to the page; a heading without an id is given one. Headings that are not
 * rendered are left out, as they are not printed either.
 * Call once the page has loaded and before printing.
 * @param page the loaded print edition
 * @returns the headings in reading order
 */
export async function markOutlineHeadings(page: Page): Promise<OutlineHeading[]> {
  // No named helpers inside: tsx would wrap them in a `__name` call the page does not have.
  return page.evaluate((prefix: string) => {
    const headings: Array<{ id: string; level: number; title: string }> = [];
    const links = document.createElement("div");
    links.hidden = true;
    links.dataset.outlineTargets = "";
    let given = 0;
    for (const heading of document.querySelectorAll<HTMLElement>("h1, h2, h3, h4, h5, h6")) {
      if (!heading.checkVisibility()) continue;
      if (!heading.id) {
        given += 1;
        heading.id = `${prefix}${given}`;
      }
      const title = (heading.textContent ?? "").replace(/[\u00ad\u200b]/g, "").replace(/\s+/g, " ").trim();
      headings.push({ id: heading.id, level: Number(heading.tagName.slice(1)), title });
      const link = document.createElement("a");
      link.href = `#${heading.id}`;
      links.append(link);
    }
    document.body.append(links);
    return headings;
  }, GIVEN_ID_PREFIX);
}

/** The lines one element's visible text is set on, as Chromium laid them out. */
export interface SetLines {
  /** The page's path. */
  page: string;
  /** The element's opening markup, to name it in a failure. */
  element: string;
  /** Its visible text, one string per line. */
  lines: string[];
}

/**
 * The lines each element matching a selector sets its visible text on, measured character by
 * character; run in the page with `page.evaluate(linesOf, selector)`. Text screen readers alone
 * get (`.visually-hidden`) and elements not drawn are left out.
 * @param selector the elements to measure
 */
export function linesOf(selector: string): SetLines[] {
  return [...document.querySelectorAll(selector)]
    .filter((element) => (element as HTMLElement).offsetParent !== null)
    .map((element) => {
      const lines = new Map<number, string>();
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT, {
        acceptNode: (node) => (node.parentElement?.closest(".visually-hidden") ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
      });
      const range = document.createRange();
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? "";
        for (let i = 0; i < text.length; i += 1) {
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = range.getClientRects()[0];
          if (!rect || rect.width === 0) continue;
          // Characters whose boxes end within a few pixels of each other share a line: by their
          // foot, not their middle, so a unit set smaller than its number (522.1万辆) is on the number's line.
          const bottom = Math.round(rect.bottom);
          const line = [...lines.keys()].find((y) => Math.abs(y - bottom) < 8) ?? bottom;
          lines.set(line, (lines.get(line) ?? "") + text[i]);
        }
      }
      return { page: location.pathname, element: element.outerHTML.slice(0, 80), lines: [...lines.values()] };
    });
}

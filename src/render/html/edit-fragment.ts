import { parseHTML } from "linkedom";

/**
 * Changes a fragment of HTML through the DOM rather than with regular expressions.
 * @param html the fragment, e.g. a section's rendered prose
 * @param edit changes the elements inside the container it is given
 * @returns the fragment's HTML after the edit
 */
export function editFragment(html: string, edit: (container: HTMLElement) => void): string {
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  const container = document.createElement("div");
  container.innerHTML = html;
  edit(container as unknown as HTMLElement);
  return container.innerHTML;
}

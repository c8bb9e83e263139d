import { PDFDict, PDFHexString, PDFName, PDFNull, PDFNumber, PDFRef, type PDFDocument } from "pdf-lib";
import type { Destination } from "./named-destinations.ts";
import type { OutlineHeading } from "./outline-headings.ts";

interface Node {
  heading: OutlineHeading;
  destination: Destination;
  children: Node[];
}

/**
 * Writes the PDF's outline (its bookmarks) from the print edition's headings, replacing any
 * outline the PDF had. Each bookmark's title is the heading's text exactly as written and
 * opens the page and position where the heading was set. Headings nest by level: an `<h3>`
 * sits under the `<h2>` before it. Chromium's own outline is not used: it loses the space
 * where a heading wraps onto a new line and sometimes doubles a heading that opens a page.
 * @param document the printed PDF, opened with pdf-lib
 * @param headings the headings in reading order (see markOutlineHeadings)
 * @param destinations the PDF's named destinations (see namedDestinations)
 * @throws Error naming a heading that was not printed
 */
export function writeOutline(document: PDFDocument, headings: OutlineHeading[], destinations: Map<string, Destination>): void {
  const roots: Node[] = [];
  const open: Node[] = [];
  for (const heading of headings) {
    const destination = destinations.get(heading.id);
    if (!destination) throw new Error(`the heading "${heading.title}" (#${heading.id}) has no place in the printed PDF`);
    const node: Node = { heading, destination, children: [] };
    while (open.length > 0 && open[open.length - 1]!.heading.level >= heading.level) open.pop();
    (open[open.length - 1]?.children ?? roots).push(node);
    open.push(node);
  }
  const { context } = document;
  if (roots.length === 0) {
    document.catalog.delete(PDFName.of("Outlines"));
    return;
  }
  const outlinesRef = context.nextRef();
  const count = writeItems(document, roots, outlinesRef);
  context.assign(outlinesRef, context.obj({ Type: "Outlines", First: count.first, Last: count.last, Count: PDFNumber.of(count.total) }));
  document.catalog.set(PDFName.of("Outlines"), outlinesRef);
}

/**
 * Writes sibling bookmarks (and, recursively, their children) under `parent`. Every bookmark
 * is open, so /Count is the number of all descendants.
 */
function writeItems(document: PDFDocument, nodes: Node[], parent: PDFRef): { first: PDFRef; last: PDFRef; total: number } {
  const { context } = document;
  const refs = nodes.map(() => context.nextRef());
  let total = 0;
  nodes.forEach((node, index) => {
    const { pageRef, top } = node.destination;
    const item = context.obj({
      Title: PDFHexString.fromText(node.heading.title),
      Parent: parent,
      Dest: [pageRef, PDFName.of("XYZ"), PDFNumber.of(0), PDFNumber.of(top), PDFNull],
    }) as PDFDict;
    if (index > 0) item.set(PDFName.of("Prev"), refs[index - 1]!);
    if (index < nodes.length - 1) item.set(PDFName.of("Next"), refs[index + 1]!);
    let descendants = 0;
    if (node.children.length > 0) {
      const children = writeItems(document, node.children, refs[index]!);
      item.set(PDFName.of("First"), children.first);
      item.set(PDFName.of("Last"), children.last);
      item.set(PDFName.of("Count"), PDFNumber.of(children.total));
      descendants = children.total;
    }
    context.assign(refs[index]!, item);
    total += 1 + descendants;
  });
  return { first: refs[0]!, last: refs[refs.length - 1]!, total };
}

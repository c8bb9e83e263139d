import { PDFArray, PDFDict, PDFHexString, PDFName, PDFRef, PDFString, type PDFDocument, type PDFObject } from "pdf-lib";

/**
 * Numbers the structure tree's element ids in reading order. Chromium names each tagged
 * element after the DOM node it came from (`node00000252`), and those numbers depend on
 * timing: on a busy machine, or with several pages printing at once, the same briefing
 * comes out with different ids. Renumbering them by their place in the tree makes the
 * file depend on its content alone. The id tree and table cells' /Headers follow.
 * @param document the printed PDF, opened with pdf-lib
 */
export function normaliseStructureIds(document: PDFDocument): void {
  const { context } = document;
  const root = document.catalog.lookupMaybe(PDFName.of("StructTreeRoot"), PDFDict);
  if (!root) return;
  const renamed = new Map<string, string>();
  const elements: Array<{ ref: PDFRef; element: PDFDict }> = [];
  const all: PDFDict[] = [];
  const seen = new Set<string>();

  const visit = (object: PDFObject | undefined): void => {
    if (object === undefined) return;
    if (object instanceof PDFArray) {
      for (let i = 0; i < object.size(); i++) visit(object.get(i));
      return;
    }
    if (!(object instanceof PDFRef)) return; // MCIDs and marked-content references have no id
    if (seen.has(object.toString())) return;
    seen.add(object.toString());
    const element = context.lookup(object);
    if (!(element instanceof PDFDict) || !element.has(PDFName.of("S"))) return;
    all.push(element);
    const id = element.get(PDFName.of("ID"));
    if (id instanceof PDFString || id instanceof PDFHexString) {
      const next = `node${String(renamed.size + 1).padStart(8, "0")}`;
      renamed.set(id.decodeText(), next);
      element.set(PDFName.of("ID"), PDFString.of(next));
      elements.push({ ref: object, element });
    }
    visit(element.get(PDFName.of("K")));
  };
  visit(root.get(PDFName.of("K")));
  if (renamed.size === 0) return;

  for (const element of all) renameHeaders(element, renamed, document);
  // The id tree maps each id to its element; written again as one sorted leaf.
  const names: Array<PDFString | PDFRef> = [];
  for (const { ref, element } of elements) names.push(PDFString.of((element.get(PDFName.of("ID")) as PDFString).decodeText()), ref);
  root.set(PDFName.of("IDTree"), context.register(context.obj({ Names: names })));
}

/** Table cells name their header cells by id in their attributes (/A … /Headers). */
function renameHeaders(element: PDFDict, renamed: Map<string, string>, document: PDFDocument): void {
  const attributes = element.get(PDFName.of("A"));
  const lists = attributes === undefined ? [] : document.context.lookup(attributes) instanceof PDFArray ? (document.context.lookup(attributes) as PDFArray).asArray() : [attributes];
  for (const item of lists) {
    const dict = document.context.lookup(item);
    if (!(dict instanceof PDFDict)) continue;
    const headers = dict.lookupMaybe(PDFName.of("Headers"), PDFArray);
    if (!headers) continue;
    for (let i = 0; i < headers.size(); i++) {
      const value = headers.get(i);
      if (value instanceof PDFString || value instanceof PDFHexString) {
        const next = renamed.get(value.decodeText());
        if (next) headers.set(i, PDFString.of(next));
      }
    }
  }
}

import { PDFArray, PDFDict, PDFHexString, PDFName, PDFRef, PDFString, type PDFDocument, type PDFObject } from "pdf-lib";

/**
 * Retags as /Div every /Figure structure element that has no alternate text and holds other
 * structure elements. Chromium tags an HTML `<figure>` as a Figure; ours group a caption, a chart
 * (itself a Figure with the chart's description as /Alt) and notes. PDF/UA wants every Figure
 * described, and a description on the group would hide the caption and notes from screen
 * readers, so the group becomes what it is, a division, and its parts are read as they are.
 * @param document a tagged PDF, opened with pdf-lib; changed in place
 * @returns how many figures were retagged
 */
export function regroupFigures(document: PDFDocument): number {
  const root = document.catalog.lookupMaybe(PDFName.of("StructTreeRoot"), PDFDict);
  let retagged = 0;
  const seen = new Set<PDFDict>();
  const isElement = (node: PDFObject) => {
    const object = node instanceof PDFRef ? document.context.lookup(node) : node;
    return object instanceof PDFDict && object.get(PDFName.of("S")) instanceof PDFName;
  };
  const described = (dict: PDFDict) =>
    ["Alt", "ActualText"].some((key) => {
      const value = dict.get(PDFName.of(key));
      return (value instanceof PDFString || value instanceof PDFHexString) && value.decodeText().trim() !== "";
    });
  const visit = (node: PDFObject | undefined) => {
    const object = node instanceof PDFRef ? document.context.lookup(node) : node;
    if (object instanceof PDFArray) return object.asArray().forEach(visit);
    if (!(object instanceof PDFDict) || seen.has(object)) return;
    seen.add(object);
    const kids = object.get(PDFName.of("K"));
    const children = kids instanceof PDFArray ? kids.asArray() : kids ? [kids] : [];
    if (object.get(PDFName.of("S"))?.toString() === "/Figure" && !described(object) && children.some(isElement)) {
      object.set(PDFName.of("S"), PDFName.of("Div"));
      retagged++;
    }
    visit(kids);
  };
  visit(root?.get(PDFName.of("K")));
  return retagged;
}

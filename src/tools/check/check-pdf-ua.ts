import { PDFArray, PDFDict, PDFHexString, PDFName, PDFNumber, PDFRef, PDFString, type PDFDocument, type PDFObject } from "pdf-lib";

/** A structure element as the rules need it: its type, its dictionary, and the element it sits in. */
interface Element {
  type: string;
  dict: PDFDict;
  parent?: Element;
}

/**
 * The machine-checkable rules of PDF/UA-1 (ISO 14289-1) that the Matterhorn Protocol lists for a
 * program to test, over a tagged PDF's structure tree: every Figure has alternate text (/Alt or
 * /ActualText; Matterhorn 13-004); every Table has header cells (TH; 15-003); headings start at H1
 * and never skip a level (14-002, 14-003); every Link annotation belongs to a Link structure
 * element (28-011) and describes itself (/Contents; 28-004); a page with annotations orders them
 * by structure (/Tabs /S; 28-008). The rules checked elsewhere in the gate: the structure tree
 * and /Marked (01-001, 06-001), /Lang (11-001), the title shown (07-001), embedded fonts (31-*).
 * @param document a PDF opened with pdf-lib
 * @returns one line per rule broken, naming the rule, how often and where
 */
export function pdfUaProblems(document: PDFDocument): string[] {
  const root = document.catalog.lookupMaybe(PDFName.of("StructTreeRoot"), PDFDict);
  if (!root) return [];
  const elements = structureElements(document, root);
  const problems: string[] = [];
  const untextedFigures = elements.filter((e) => e.type === "Figure" && !hasText(e.dict, "Alt") && !hasText(e.dict, "ActualText"));
  if (untextedFigures.length > 0) problems.push(`PDF/UA: ${count(untextedFigures.length, "Figure")} without alternate text (/Alt) (Matterhorn 13-004)`);
  const tables = elements.filter((e) => e.type === "Table");
  const headless = tables.filter((table) => !elements.some((e) => e.type === "TH" && within(e, table)));
  if (headless.length > 0) problems.push(`PDF/UA: ${count(headless.length, "Table")} without header cells (TH) (Matterhorn 15-003)`);
  const levels = elements.map((e) => /^H([1-6])$/.exec(e.type)?.[1]).filter((level): level is string => level !== undefined).map(Number);
  if (levels.length > 0 && levels[0] !== 1) problems.push(`PDF/UA: the first heading is H${levels[0]}, not H1 (Matterhorn 14-002)`);
  const skip = levels.findIndex((level, i) => i > 0 && level > levels[i - 1]! + 1);
  if (skip !== -1) problems.push(`PDF/UA: heading ${skip + 1} is H${levels[skip]} after H${levels[skip - 1]}, skipping a level (Matterhorn 14-003)`);
  problems.push(...annotationProblems(document, root));
  return problems;
}

function count(n: number, what: string): string {
  return `${n} ${what}${n === 1 ? "" : "s"}`;
}

function within(element: Element, ancestor: Element): boolean {
  for (let at = element.parent; at; at = at.parent) if (at === ancestor) return true;
  return false;
}

function hasText(dict: PDFDict, key: string): boolean {
  const value = dict.get(PDFName.of(key));
  return (value instanceof PDFString || value instanceof PDFHexString) && value.decodeText().trim() !== "";
}

/** Every structure element of the tree, in document order, each with its parent. */
function structureElements(document: PDFDocument, root: PDFDict): Element[] {
  const found: Element[] = [];
  const seen = new Set<PDFDict>();
  const visit = (node: PDFObject | undefined, parent: Element | undefined) => {
    const object = node instanceof PDFRef ? document.context.lookup(node) : node;
    if (object instanceof PDFArray) return object.asArray().forEach((item) => visit(item, parent));
    if (!(object instanceof PDFDict) || seen.has(object)) return;
    seen.add(object);
    const type = object.get(PDFName.of("S"));
    if (!(type instanceof PDFName)) return;
    const element: Element = { type: type.decodeText(), dict: object, parent };
    found.push(element);
    visit(object.get(PDFName.of("K")), element);
  };
  visit(root.get(PDFName.of("K")), undefined);
  return found;
}

/** Link annotations: inside a Link element (through the parent tree), described, and pages in structure order. */
function annotationProblems(document: PDFDocument, root: PDFDict): string[] {
  const parents = parentTree(document, root);
  let outside = 0;
  let undescribed = 0;
  const unordered: number[] = [];
  document.getPages().forEach((page, index) => {
    const annotations = page.node.lookupMaybe(PDFName.of("Annots"), PDFArray);
    if (!annotations || annotations.size() === 0) return;
    if (page.node.get(PDFName.of("Tabs"))?.toString() !== "/S") unordered.push(index + 1);
    for (let i = 0; i < annotations.size(); i++) {
      const annotation = annotations.lookupMaybe(i, PDFDict);
      if (annotation?.get(PDFName.of("Subtype"))?.toString() !== "/Link") continue;
      const key = annotation.lookupMaybe(PDFName.of("StructParent"), PDFNumber)?.asNumber();
      const element = key === undefined ? undefined : parents.get(key);
      if (element?.get(PDFName.of("S"))?.toString() !== "/Link") outside++;
      if (!hasText(annotation, "Contents")) undescribed++;
    }
  });
  const problems: string[] = [];
  if (outside > 0) problems.push(`PDF/UA: ${count(outside, "link annotation")} not inside a Link structure element (Matterhorn 28-011)`);
  if (undescribed > 0) problems.push(`PDF/UA: ${count(undescribed, "link annotation")} without a description (/Contents) (Matterhorn 28-004)`);
  if (unordered.length > 0) problems.push(`PDF/UA: page${unordered.length === 1 ? "" : "s"} ${unordered.join(", ")} ${unordered.length === 1 ? "has" : "have"} annotations but no /Tabs /S (Matterhorn 28-008)`);
  return problems;
}

/** The parent tree (a number tree): StructParent key → the structure element it belongs to. */
function parentTree(document: PDFDocument, root: PDFDict): Map<number, PDFDict> {
  const found = new Map<number, PDFDict>();
  const visit = (node: PDFDict | undefined) => {
    if (!node) return;
    const nums = node.lookupMaybe(PDFName.of("Nums"), PDFArray);
    for (let i = 0; nums && i + 1 < nums.size(); i += 2) {
      const key = nums.lookupMaybe(i, PDFNumber)?.asNumber();
      const value = document.context.lookup(nums.get(i + 1));
      if (key !== undefined && value instanceof PDFDict) found.set(key, value);
    }
    const kids = node.lookupMaybe(PDFName.of("Kids"), PDFArray);
    for (let i = 0; kids && i < kids.size(); i++) visit(kids.lookupMaybe(i, PDFDict));
  };
  visit(root.lookupMaybe(PDFName.of("ParentTree"), PDFDict));
  return found;
}

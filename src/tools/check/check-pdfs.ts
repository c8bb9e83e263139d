import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseHTML } from "linkedom";
import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFRawStream,
  PDFStream,
  PDFString,
  type PDFObject,
} from "pdf-lib";
import { getDocumentProxy } from "unpdf";
import { privateAddressesIn, privateHostOf } from "../../base/private-address.ts";
import { readOutline, type PdfDocument } from "./read-outline.ts";
import { contentsPageProblems } from "./check-contents-pages.ts";
import type { SiteAddress } from "./site-address.ts";
import type { SiteLinks } from "./site-links.ts";
import type { Finding } from "./finding.ts";

/** A page parsed by linkedom. */
type ParsedHtml = ReturnType<typeof parseHTML>["document"];

/**
 * Checks every PDF of the site: its structure (`qpdf --check`), that it is tagged (a structure
 * tree and MarkInfo /Marked true), that no font is Type 3 (bitmap or outline glyphs that lose
 * their text; `pdffonts`), that no URI or text anywhere in it (link annotations, decompressed
 * streams) names a private address (src/base/private-address.ts), that every link into the
 * site leads to a file of it, that it states its language (/Lang) and title (/Title, shown in
 * the window's title bar: DisplayDocTitle), that its outline lists exactly the headings of the
 * print edition it was printed from, and that its contents print the pages the headings are on.
 * @param root the built site's folder
 * @param files every file of the site (relative paths)
 * @param links the site's link resolver
 * @param address where the site is published
 */
export async function checkPdfs(root: string, files: string[], links: SiteLinks, address: SiteAddress): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const file of files.filter((f) => f.toLowerCase().endsWith(".pdf"))) {
    const full = path.join(root, file);
    const add = (problem: string) => findings.push({ file, problem });
    checkStructure(full, add);
    checkFonts(full, add);
    const bytes = new Uint8Array(readFileSync(full));
    let document: PDFDocument;
    try {
      document = await PDFDocument.load(bytes, { updateMetadata: false, throwOnInvalidObject: false });
    } catch (error) {
      add(`cannot be read as a PDF (${(error as Error).message})`);
      continue;
    }
    checkTagged(document, add);
    checkProperties(document, add);
    checkLoopback(document, add);
    checkSiteLinks(document, links, address, add);
    const printEdition = path.join(path.dirname(full), "print", "index.html");
    if (existsSync(printEdition)) {
      const { document: html } = parseHTML(readFileSync(printEdition, "utf8"));
      let pdf: PdfDocument | undefined;
      try {
        pdf = await getDocumentProxy(bytes.slice());
        await checkOutline(pdf, html, add);
        const targets = new Set([...html.querySelectorAll("[data-page-of]")].map((slot) => slot.getAttribute("data-page-of") ?? ""));
        for (const problem of await contentsPageProblems(pdf, targets)) add(problem);
      } catch (error) {
        add(`cannot be read by pdf.js (${(error as Error).message})`);
      } finally {
        await pdf?.destroy();
      }
    }
  }
  return findings;
}

function run(command: string, args: string[]): { status: number | null; output: string; missing: boolean } {
  const result = spawnSync(command, args, { encoding: "utf8" });
  const missing = (result.error as NodeJS.ErrnoException | undefined)?.code === "ENOENT";
  return { status: result.status, output: `${result.stdout ?? ""}${result.stderr ?? ""}`, missing };
}

function checkStructure(file: string, add: (problem: string) => void): void {
  const result = run("qpdf", ["--check", file]);
  if (result.missing) return add("cannot check the file's structure: qpdf is not installed (npm run setup installs it)");
  // qpdf exits 0 when the file is sound, 3 on warnings and 2 on errors.
  if (result.status !== 0) {
    const lines = result.output.split("\n").filter((line) => /error|warning|damaged/i.test(line) && !/^checking /i.test(line));
    add(`qpdf --check ${result.status === 3 ? "warns" : "finds errors"}: ${lines.slice(0, 3).join("; ") || result.output.trim().split("\n").at(-1)}`);
  }
}

function checkFonts(file: string, add: (problem: string) => void): void {
  const result = run("pdffonts", [file]);
  if (result.missing) return add("cannot list the fonts: pdffonts (poppler-utils) is not installed (npm run setup installs it)");
  if (result.status !== 0) return add(`pdffonts cannot read it: ${result.output.trim()}`);
  for (const line of result.output.split("\n").slice(2)) {
    if (/\sType 3\s/.test(line)) add(`uses a Type 3 font (${line.split(/\s+/)[0]}); embed the theme's fonts as TrueType/CID fonts`);
    else if (/\s(no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.test(line)) add(`does not embed the font ${line.split(/\s+/)[0]}`);
  }
}

function checkTagged(document: PDFDocument, add: (problem: string) => void): void {
  const catalog = document.catalog;
  if (!catalog.get(PDFName.of("StructTreeRoot"))) add("is not tagged: it has no structure tree (StructTreeRoot)");
  const markInfo = catalog.lookupMaybe(PDFName.of("MarkInfo"), PDFDict);
  if (markInfo?.get(PDFName.of("Marked"))?.toString() !== "true") add("is not tagged: MarkInfo does not say /Marked true");
}

/** What a reader's PDF viewer shows and reads aloud by: the language, and the title in the title bar. */
function checkProperties(document: PDFDocument, add: (problem: string) => void): void {
  const lang = document.catalog.get(PDFName.of("Lang"));
  const language = lang instanceof PDFString || lang instanceof PDFHexString ? lang.decodeText().trim() : "";
  if (language === "") add("states no language (/Lang); screen readers would read it in the wrong voice");
  if ((document.getTitle() ?? "").trim() === "") add("has no title (/Title in its document properties)");
  const preferences = document.catalog.lookupMaybe(PDFName.of("ViewerPreferences"), PDFDict);
  if (preferences?.get(PDFName.of("DisplayDocTitle"))?.toString() !== "true") add("does not show its title in the title bar (ViewerPreferences /DisplayDocTitle true); viewers would show the file name");
}

/** A link from the PDF into the site must lead to a page of it, like any link of the site's pages. */
function checkSiteLinks(document: PDFDocument, links: SiteLinks, address: SiteAddress, add: (problem: string) => void): void {
  const reported = new Set<string>();
  document.getPages().forEach((page, index) => {
    const annotations = page.node.lookupMaybe(PDFName.of("Annots"), PDFArray);
    for (let i = 0; i < (annotations?.size() ?? 0); i++) {
      const uri = annotations!.lookupMaybe(i, PDFDict)?.lookupMaybe(PDFName.of("A"), PDFDict)?.get(PDFName.of("URI"));
      const text = uri instanceof PDFString || uri instanceof PDFHexString ? uri.decodeText() : "";
      if (text === "" || reported.has(text) || privateHostOf(text) !== undefined) continue;
      const problem = links.problemWith(text, new URL(address.url));
      if (problem) {
        reported.add(text);
        add(`page ${index + 1} links to a page the site does not have: ${problem}`);
      }
    }
  });
}

/** Reports each loopback address once: on the page whose link carries it, else by object. */
function checkLoopback(document: PDFDocument, add: (problem: string) => void): void {
  const reported = new Set<string>();
  document.getPages().forEach((page, index) => {
    const annotations = page.node.lookupMaybe(PDFName.of("Annots"), PDFArray);
    for (let i = 0; i < (annotations?.size() ?? 0); i++) {
      const action = annotations!.lookupMaybe(i, PDFDict)?.lookupMaybe(PDFName.of("A"), PDFDict);
      const uri = action?.get(PDFName.of("URI"));
      const text = uri instanceof PDFString || uri instanceof PDFHexString ? uri.decodeText() : "";
      if (privateHostOf(text) !== undefined && !reported.has(text)) {
        reported.add(text);
        add(`page ${index + 1} links to ${text}, a private address (the build machine or its network) that readers cannot open`);
      }
    }
  });
  for (const [ref, object] of document.context.enumerateIndirectObjects()) {
    for (const text of textsIn(object)) {
      for (const address of privateAddressesIn(text)) {
        if (reported.has(address)) continue;
        reported.add(address);
        add(`object ${ref.objectNumber} contains ${address}, a private address (the build machine or its network)`);
      }
    }
  }
}

/** The strings of a PDF object, and the decompressed bytes of a stream read as Latin-1. */
function* textsIn(object: PDFObject): Generator<string> {
  if (object instanceof PDFString || object instanceof PDFHexString) {
    yield object.decodeText();
  } else if (object instanceof PDFArray) {
    for (const item of object.asArray()) yield* textsIn(item);
  } else if (object instanceof PDFDict) {
    for (const [, value] of object.entries()) yield* textsIn(value);
  } else if (object instanceof PDFStream) {
    yield* textsIn(object.dict);
    if (object instanceof PDFRawStream) {
      try {
        yield Buffer.from(decodePDFRawStream(object).decode()).toString("latin1");
      } catch {
        // Filters pdf-lib cannot undo (images' DCT, JPX) hold pixels, not addresses.
        yield Buffer.from(object.contents).toString("latin1");
      }
    }
  }
}

/** The printer writes the outline from the headings, so they must be the same, in the same order. */
async function checkOutline(pdf: PdfDocument, printEdition: ParsedHtml, add: (problem: string) => void): Promise<void> {
  const headings = [...printEdition.querySelectorAll("h1, h2, h3, h4, h5, h6")].map((h) => normalise(h.textContent ?? ""));
  const outline = (await readOutline(pdf)).map((entry) => normalise(entry.title));
  if (outline.length === 0) return add("has no outline (bookmarks); it should list the print edition's headings");
  const at = headings.findIndex((heading, i) => heading !== outline[i]);
  if (at !== -1 || outline.length !== headings.length) {
    const i = at === -1 ? headings.length : at;
    add(
      `its outline has ${outline.length} entries and the print edition ${headings.length} headings; entry ${i + 1} is ` +
        `${outline[i] === undefined ? "missing" : `"${outline[i]}"`} where the heading is ${headings[i] === undefined ? "none" : `"${headings[i]}"`}`,
    );
  }
}

function normalise(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

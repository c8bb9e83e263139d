import { createHash } from "node:crypto";
import { PDFDocument, PDFHexString } from "pdf-lib";
import { UserFacingError } from "../../base/user-facing-error.ts";
import { dropUnreachableObjects } from "./drop-unreachable-objects.ts";

/** What a PDF says about itself in its document properties. */
export interface PdfMetadata {
  title: string;
  /** Who published the briefing. */
  author: string;
  /** The briefing's summary. */
  subject: string;
  keywords: string[];
  /** BCP 47 language of the text, e.g. "zh-CN". */
  language: string;
  created: Date;
  modified: Date;
}

/**
 * Writes the document properties into a PDF Chromium printed, replacing the ones Chromium
 * set: its dates come from the clock, which would make every build's PDF different.
 * The rest of the file (tags, outline, links) is kept.
 * @param document the PDF as Chromium printed it, opened with pdf-lib
 * @param metadata the properties to write
 */
export function setPdfMetadata(document: PDFDocument, metadata: PdfMetadata): void {
  const chromium = document.getProducer();
  document.setTitle(metadata.title, { showInWindowTitleBar: true });
  document.setAuthor(metadata.author);
  document.setSubject(metadata.subject);
  document.setKeywords(metadata.keywords);
  document.setLanguage(metadata.language);
  // Chromium's Creator is its user agent; the document was created by this generator.
  document.setCreator("briefing");
  document.setProducer(chromium ? `${chromium}; pdf-lib` : "pdf-lib");
  document.setCreationDate(metadata.created);
  document.setModificationDate(metadata.modified);
}

/**
 * Saves a PDF with a document /ID derived from its own content, so two builds of the same
 * briefing are byte-identical. Objects nothing refers to any more are left out.
 * @param document the finished PDF
 */
export async function saveWithContentId(document: PDFDocument): Promise<Uint8Array> {
  dropUnreachableObjects(document);
  // Object streams would compress the structure tree out of reach of simple tools; keep them off.
  const withoutId = await document.save({ useObjectStreams: false, updateFieldAppearances: false });
  const digest = createHash("md5").update(withoutId).digest("hex");
  const id = PDFHexString.of(digest);
  document.context.trailerInfo.ID = document.context.obj([id, id]);
  return document.save({ useObjectStreams: false, updateFieldAppearances: false });
}

/**
 * When the PDF counts as created and last modified: the briefing's own dates, or, when
 * `SOURCE_DATE_EPOCH` is set (the reproducible-builds convention), that moment for both.
 * Never the clock, so rebuilding the same briefing gives the same file.
 * @param published the briefing's `date`
 * @param updated the briefing's `updated` date
 * @param epoch `SOURCE_DATE_EPOCH`, when set
 */
export function documentDates(published: string, updated: string, epoch?: string): { created: Date; modified: Date } {
  if (epoch !== undefined && epoch.trim() !== "") {
    const seconds = Number(epoch);
    if (!Number.isInteger(seconds) || seconds < 0) {
      throw new UserFacingError(`SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, not ${JSON.stringify(epoch)}`);
    }
    const moment = new Date(seconds * 1000);
    return { created: moment, modified: moment };
  }
  const created = new Date(published);
  const modified = new Date(updated);
  if (Number.isNaN(created.getTime()) || Number.isNaN(modified.getTime())) {
    throw new Error(`the briefing's dates (${published}, ${updated}) are not dates`);
  }
  return { created, modified };
}

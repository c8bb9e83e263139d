import { dayParts, type CitableBriefing } from "./citable.ts";

/** One item of CSL-JSON, the format Zotero, Pandoc and citeproc read (the fields we write). */
export interface CslItem {
  id: string;
  type: "report";
  title: string;
  author: Array<{ literal: string }>;
  publisher: string;
  genre: string;
  issued: { "date-parts": [[number, number, number]] };
  URL: string;
  language: string;
  abstract: string;
  keyword?: string;
}

/**
 * A briefing as CSL-JSON: an array with one `report` item, its publisher as a literal
 * (institutional) author, its date as date-parts and its canonical address.
 * @param briefing the briefing
 * @param url its canonical address
 * @param genre what kind of document it is, in its language ("Briefing", "简报")
 */
export function briefingCslJson(briefing: CitableBriefing, url: string, genre = "Briefing"): CslItem[] {
  const item: CslItem = {
    id: briefing.slug,
    type: "report",
    title: briefing.title,
    author: [{ literal: briefing.publisher }],
    publisher: briefing.publisher,
    genre,
    issued: { "date-parts": [dayParts(briefing.date)] },
    URL: url,
    language: briefing.language,
    abstract: briefing.summary,
  };
  if (briefing.tags.length > 0) item.keyword = briefing.tags.join(", ");
  return [item];
}

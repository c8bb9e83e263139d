import { matchLanguage } from "../language-match.ts";
import { isTextPerLanguage } from "./edition-text.ts";

/**
 * Updates an edition does not have yet: each one whose `title` and `note` are both given per
 * language and neither in the edition's language, so it is published in the languages it is
 * written in first (README, "Languages": updates in one language first). In a copy of
 * `briefing.yaml`, each such update takes the text of the first language it is written in, so
 * the schema reads it and its place in the list (and so every message about it) stays the same.
 * @param data `briefing.yaml` as plain data
 * @param language the edition's language
 * @returns the copy, and the index of each update held back with the languages it is written in
 */
export function holdBackUpdates(data: unknown, language: string): { data: unknown; heldBack: Map<number, string[]> } {
  const heldBack = new Map<number, string[]>();
  if (data === null || typeof data !== "object" || !Array.isArray((data as { updates?: unknown }).updates)) return { data, heldBack };
  const copy = structuredClone(data) as { updates: unknown[] };
  copy.updates.forEach((update, index) => {
    if (update === null || typeof update !== "object") return;
    const { title, note } = update as Record<string, unknown>;
    if (!isTextPerLanguage(title) || !isTextPerLanguage(note)) return;
    if (matchLanguage(Object.keys(title), language) !== undefined || matchLanguage(Object.keys(note), language) !== undefined) return;
    const [written] = Object.keys(title);
    heldBack.set(index, Object.keys(title));
    Object.assign(update, { title: title[written!], note: note[written!] ?? Object.values(note)[0] });
  });
  return { data: copy, heldBack };
}

/** An update an edition holds back: where it is in `briefing.yaml`, its id and day, and the languages it is written in. */
export interface HeldBackUpdate {
  index: number;
  id: string;
  date: string;
  languages: string[];
}

/** An update published in other editions of the briefing first, and where each of them has it. */
export interface UpdateInOtherLanguages {
  id: string;
  date: string;
  /** The editions that publish it: their language, and the update's address on their updates page. */
  editions: { language: string; url: string }[];
}

/**
 * Links each update an edition holds back to the editions that publish it, so the edition can say
 * that a newer update exists in another language and lead there.
 * @param editions every edition of one briefing, each with the updates it publishes
 * @param heldBack for each edition (in the same order), the updates it holds back
 * @returns for each edition, its updates in other languages, newest first; and the held-back
 *   updates no edition publishes (written only in languages the briefing has no edition in)
 */
export function linkUpdatesInOtherLanguages(
  editions: readonly { language: string; url: string; updates: readonly { id: string }[] }[],
  heldBack: readonly (readonly HeldBackUpdate[])[],
): { lists: UpdateInOtherLanguages[][]; unpublished: HeldBackUpdate[] } {
  const unpublished = new Map<number, HeldBackUpdate>();
  const lists = heldBack.map((held) =>
    held
      .map((update) => {
        const publishing = editions.filter((edition) => edition.updates.some((own) => own.id === update.id));
        if (publishing.length === 0) unpublished.set(update.index, update);
        return { id: update.id, date: update.date, editions: publishing.map((edition) => ({ language: edition.language, url: `${edition.url}updates/#update-${update.id}` })) };
      })
      .filter((update) => update.editions.length > 0)
      .sort((a, b) => Date.parse(b.date) - Date.parse(a.date)),
  );
  return { lists, unpublished: [...unpublished.values()] };
}

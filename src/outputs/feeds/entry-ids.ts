/**
 * Feed entry ids. A feed reader takes a new id for a new entry, so an id must never change:
 * it is a `tag:` URI (RFC 4151) built from what never changes about an entry, the site's domain,
 * the briefing's publication day and its folder name (plus an update's id), and never from a
 * title, text or the date of an edit.
 */

/**
 * The id of a briefing's entry: `tag:briefings.example.org,2023-06-27:beijing-international-exchange-centre`.
 * @param authority the domain ids are minted under
 * @param day the briefing's publication day, YYYY-MM-DD in its own zone
 * @param slug the briefing's folder name
 * @param edition an edition's folder (`en`), for its own entry (`…:<slug>/en`); none for the briefing's own language
 */
export function briefingEntryId(authority: string, day: string, slug: string, edition?: string): string {
  return `tag:${authority},${day}:${specific(slug, edition)}`;
}

/**
 * The id of an update's entry: `tag:briefings.example.org,2023-06-27:beijing-international-exchange-centre/updates/2024-03-29`.
 * @param authority the domain ids are minted under
 * @param day the briefing's publication day, YYYY-MM-DD in its own zone
 * @param slug the briefing's folder name
 * @param updateId the update's permanent id
 * @param edition an edition's folder, as for briefingEntryId
 */
export function updateEntryId(authority: string, day: string, slug: string, updateId: string, edition?: string): string {
  return `tag:${authority},${day}:${specific(slug, edition)}/updates/${encodeSpecific(updateId)}`;
}

/** A briefing's part of an id: its folder name, and an edition's folder after it. */
function specific(slug: string, edition: string | undefined): string {
  return edition === undefined ? encodeSpecific(slug) : `${encodeSpecific(slug)}/${encodeSpecific(edition)}`;
}

/** Slugs are already URI-safe; encoding keeps a tag valid should that ever change. */
function encodeSpecific(part: string): string {
  return encodeURIComponent(part);
}

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
 */
export function briefingEntryId(authority: string, day: string, slug: string): string {
  return `tag:${authority},${day}:${encodeSpecific(slug)}`;
}

/**
 * The id of an update's entry: `tag:briefings.example.org,2023-06-27:beijing-international-exchange-centre/updates/2024-03-29`.
 * @param authority the domain ids are minted under
 * @param day the briefing's publication day, YYYY-MM-DD in its own zone
 * @param slug the briefing's folder name
 * @param updateId the update's permanent id
 */
export function updateEntryId(authority: string, day: string, slug: string, updateId: string): string {
  return `tag:${authority},${day}:${encodeSpecific(slug)}/updates/${encodeSpecific(updateId)}`;
}

/** Slugs are already URI-safe; encoding keeps a tag valid should that ever change. */
function encodeSpecific(part: string): string {
  return encodeURIComponent(part);
}

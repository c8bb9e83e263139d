/**
 * The items whose `key` equals `value`, e.g. a briefing's figures stated in one section.
 * Nunjucks' own `selectattr` takes only an attribute name and keeps every item where it is
 * truthy, so `selectattr("sectionId", "equalto", id)` silently keeps them all.
 * @param items the list to filter
 * @param key the property to compare
 * @param value the value it must equal
 */
export function whereEqual<T extends object>(items: readonly T[], key: keyof T & string, value: unknown): T[] {
  return items.filter((item) => item[key] === value);
}

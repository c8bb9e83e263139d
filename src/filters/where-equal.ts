/**
 * The items of a list whose property equals a value: `figures | whereEqual("sectionId", section.id)`.
 * Nunjucks' `selectattr` takes only a property name and tests it for truthiness, so
 * `selectattr("sectionId", "equalto", id)` silently returns every item.
 * @param items the list to filter
 * @param property the property to compare
 * @param value the value it must equal
 */
export function whereEqual<Item extends object>(items: readonly Item[], property: string, value: unknown): Item[] {
  return items.filter((item) => (item as Record<string, unknown>)[property] === value);
}

/**
 * Serialises structured data for a `<script type="application/ld+json">`: JSON in which `<`
 * is escaped, so a title containing `</script>` cannot end the element early.
 * @param data the JSON-LD object
 */
export function jsonLdScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}

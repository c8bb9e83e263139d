/**
 * Escapes text for HTML and SVG content and attribute values.
 * @param text any text from the briefing's data
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * Every clash of text in the page's charts, as Chromium drew them: two labels (bar labels,
 * values, axis ticks) whose boxes intersect, or a label that leaves its chart's drawing. Run in
 * the page with `page.evaluate(chartTextClashes)`; each clash is named by the chart's id and the
 * texts, with their boxes in pixels. A box is the text's glyph cells, so two labels that only
 * touch, within half a pixel, do not clash.
 */
export function chartTextClashes(): string[] {
  const clashes: string[] = [];
  for (const svg of document.querySelectorAll<SVGSVGElement>("svg.chart__svg")) {
    const chart = svg.closest("figure")?.id ?? "a chart";
    // No named helper functions: this runs in the page as its source text, without the bundler's helpers.
    const [area, ...texts] = [svg, ...svg.querySelectorAll("text")].map((element) => {
      const rect = element.getBoundingClientRect();
      const at = `${Math.round(rect.left)}–${Math.round(rect.right)}×${Math.round(rect.top)}–${Math.round(rect.bottom)}`;
      return { text: element === svg ? "" : (element.textContent ?? ""), rect, at };
    });
    const box = area!.rect;
    texts.forEach(({ text, rect, at }, i) => {
      if (rect.left < box.left - 0.5 || rect.right > box.right + 0.5 || rect.top < box.top - 0.5 || rect.bottom > box.bottom + 0.5) {
        clashes.push(`${chart}: "${text}" (${at}) leaves the drawing (${area!.at})`);
      }
      for (const other of texts.slice(i + 1)) {
        const across = Math.min(rect.right, other.rect.right) - Math.max(rect.left, other.rect.left);
        const down = Math.min(rect.bottom, other.rect.bottom) - Math.max(rect.top, other.rect.top);
        if (across > 0.5 && down > 0.5) clashes.push(`${chart}: "${text}" (${at}) overlaps "${other.text}" (${other.at})`);
      }
    });
  }
  return clashes;
}

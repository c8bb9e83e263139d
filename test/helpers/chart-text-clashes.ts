/**
 * Every clash of text in the page's charts, as Chromium drew them: two labels (bar labels,
 * values, axis ticks) whose boxes intersect, a value or tick drawn over a bar, or a label that
 * leaves its chart's drawing. Bar labels are left out of the bars' check: they sit above their
 * bars by construction, and an Arabic font's line (0.74 em below its baseline) reaches a bar
 * where its glyphs do not. Run in
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
      return { text: element === svg ? "" : (element.textContent ?? ""), rect, at, label: element.classList.contains("chart__label") };
    });
    const box = area!.rect;
    const bars = [...svg.querySelectorAll("rect.chart__bar")].map((bar) => bar.getBoundingClientRect()).filter((bar) => bar.width > 0);
    texts.forEach(({ text, rect, at, label }, i) => {
      if (rect.left < box.left - 0.5 || rect.right > box.right + 0.5 || rect.top < box.top - 0.5 || rect.bottom > box.bottom + 0.5) {
        clashes.push(`${chart}: "${text}" (${at}) leaves the drawing (${area!.at})`);
      }
      for (const bar of label ? [] : bars) {
        const across = Math.min(rect.right, bar.right) - Math.max(rect.left, bar.left);
        const down = Math.min(rect.bottom, bar.bottom) - Math.max(rect.top, bar.top);
        if (across > 0.5 && down > 0.5) clashes.push(`${chart}: "${text}" (${at}) is drawn over a bar (${Math.round(bar.left)}–${Math.round(bar.right)})`);
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

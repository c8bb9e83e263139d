import type { ScaleLinear } from "d3-scale";
import { estimateTextWidth } from "./text-width.ts";

/** One labelled tick of a chart's value axis, placed on a left-to-right drawing. */
export interface AxisTick {
  /** The value the tick marks. */
  value: number;
  /** Its label, as written under the axis. */
  text: string;
  /** Where the tick is drawn, in the drawing's units. */
  x: number;
  /** Which end of the label sits at `x`: labels that would cross an edge of the drawing are pulled inside it. */
  anchor: "start" | "middle" | "end";
}

/** The tick counts tried, most first: d3 takes each as a hint and rounds to steps of 1, 2 or 5. */
const TICK_COUNTS = [4, 3, 2, 1] as const;

/**
 * The most ticks whose labels fit side by side under the axis, each with a gap of half its
 * font size to the next, as chart libraries thin ticks rather than let labels overlap: a
 * French "20 millions" needs more room than an English "20", and a phone's drawing less than
 * paper's. When not even zero and the end fit, only the end is kept, since its label is the one
 * that carries the unit.
 * @param x the axis's scale, its domain already made nice
 * @param labelOf writes a tick's label; `last` is true for the highest tick drawn, which carries the unit
 * @param width the drawing's width; no label may leave it
 * @param fontSize the labels' font size, in the drawing's units
 */
export function fitAxisTicks(
  x: ScaleLinear<number, number>,
  labelOf: (value: number, last: boolean) => string,
  width: number,
  fontSize: number,
): AxisTick[] {
  const gap = fontSize / 2;
  const [low, high] = x.domain() as [number, number];
  // A single tick says nothing of the scale; zero and the end at least show where bars start and what they reach.
  const candidates = [...TICK_COUNTS.map((count) => x.ticks(count)).filter((ticks) => ticks.length > 1), [...new Set([Math.min(Math.max(0, low), high), high])]];
  for (const values of candidates) {
    const ticks = place(values, x, labelOf, width, fontSize);
    if (ticks.every((tick, i) => i === 0 || left(tick, fontSize) >= right(ticks[i - 1]!, fontSize) + gap)) return ticks;
  }
  return place([high], x, labelOf, width, fontSize);
}

function place(values: number[], x: ScaleLinear<number, number>, labelOf: (value: number, last: boolean) => string, width: number, fontSize: number): AxisTick[] {
  return values.map((value, i) => {
    const text = labelOf(value, i === values.length - 1);
    const half = estimateTextWidth(text, fontSize) / 2;
    const at = x(value);
    const anchor = at - half < 0 ? "start" : at + half > width ? "end" : "middle";
    return { value, text, x: at, anchor };
  });
}

function left(tick: AxisTick, fontSize: number): number {
  const textWidth = estimateTextWidth(tick.text, fontSize);
  return tick.anchor === "start" ? tick.x : tick.anchor === "end" ? tick.x - textWidth : tick.x - textWidth / 2;
}

function right(tick: AxisTick, fontSize: number): number {
  return left(tick, fontSize) + estimateTextWidth(tick.text, fontSize);
}

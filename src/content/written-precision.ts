import { isScalar } from "yaml";
import type { BriefingFile } from "./schema.ts";
import type { ParsedYaml } from "./validate.ts";

/**
 * The digits after the decimal point of a number as written in YAML (`-7.0` → 1, `98.20` → 2,
 * `12000` → 0), or undefined when the field is not a plain number.
 */
function writtenDecimals(parsed: ParsedYaml, field: (string | number)[]): number | undefined {
  const node = parsed.document.getIn(field, true);
  if (!isScalar(node) || typeof node.value !== "number" || typeof node.source !== "string") return undefined;
  const match = /^[-+]?\d*\.(\d+)$/.exec(node.source.trim());
  return match ? match[1]!.length : 0;
}

/**
 * Gives each figure and change the precision it is written with, so `-7.0` prints as −7.0
 * although YAML reads it as the number −7. A `decimals:` written in the data wins.
 * @param data the validated briefing data, changed in place
 * @param parsed the YAML it came from
 */
export function applyWrittenPrecision(data: BriefingFile, parsed: ParsedYaml): void {
  data.figures.forEach((figure, index) => {
    // A scaled figure is shown in other units than it is written in: its precision is its own.
    if (figure.decimals === undefined && figure.scale === undefined) {
      const written = writtenDecimals(parsed, ["figures", index, "value"]);
      if (written) figure.decimals = written;
    }
    if (figure.change && figure.change.decimals === undefined) {
      const written = writtenDecimals(parsed, ["figures", index, "change", "value"]);
      if (written) figure.change.decimals = written;
    }
  });
}

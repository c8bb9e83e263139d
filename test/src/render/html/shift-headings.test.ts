import { describe, expect, it } from "vitest";
import { shiftHeadings } from "../../../../src/render/html/shift-headings.ts";

describe("shiftHeadings", () => {
  it("moves every opening and closing heading tag deeper, keeping its attributes", () => {
    expect(shiftHeadings('<h2 id="a-h1">One</h2>\n<p>x</p>\n<h3>Two</h3>', 1)).toBe('<h3 id="a-h1">One</h3>\n<p>x</p>\n<h4>Two</h4>');
  });

  it("stops at h6, and leaves every other tag and escaped text alone", () => {
    expect(shiftHeadings("<h6>Deep</h6><h5>Less</h5>", 2)).toBe("<h6>Deep</h6><h6>Less</h6>");
    const other = '<header><hr><p>&lt;h2&gt; is code</p><code>&lt;/h1&gt;</code></header>';
    expect(shiftHeadings(other, 1)).toBe(other);
  });
});

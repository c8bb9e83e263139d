/**
 * The characters a font has glyphs for: the code points of its `cmap` table's Unicode subtable
 * (format 12 for fonts beyond the Basic Multilingual Plane, else format 4). A character its
 * `unicode-range` names may still be missing from the font; this is what it really draws.
 * @param sfnt a TrueType or OpenType font (not WOFF2: unpack it first)
 * @returns the code points that map to a glyph other than .notdef
 */
export function characterMap(sfnt: Uint8Array): Set<number> {
  const view = new DataView(sfnt.buffer, sfnt.byteOffset, sfnt.byteLength);
  const tables = view.getUint16(4);
  let cmap = -1;
  for (let i = 0; i < tables; i++) {
    const record = 12 + i * 16;
    if (String.fromCharCode(...sfnt.subarray(record, record + 4)) === "cmap") cmap = view.getUint32(record + 8);
  }
  if (cmap < 0) throw new Error("the font has no cmap table");
  // Unicode subtables: platform 3 (Windows) encoding 10 or 1, or platform 0 (Unicode); the fullest format wins.
  let best: { offset: number; format: number } | undefined;
  for (let i = 0; i < view.getUint16(cmap + 2); i++) {
    const record = cmap + 4 + i * 8;
    const platform = view.getUint16(record);
    const encoding = view.getUint16(record + 2);
    if (!(platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10)))) continue;
    const offset = cmap + view.getUint32(record + 4);
    const format = view.getUint16(offset);
    if ((format === 12 || format === 4) && (!best || (format === 12 && best.format === 4))) best = { offset, format };
  }
  if (!best) throw new Error("the font has no Unicode cmap subtable of format 4 or 12");
  return best.format === 12 ? format12(view, best.offset) : format4(view, best.offset);
}

/** Segmented coverage: groups of consecutive code points, each mapped to consecutive glyphs. */
function format12(view: DataView, offset: number): Set<number> {
  const codePoints = new Set<number>();
  const groups = view.getUint32(offset + 12);
  for (let i = 0; i < groups; i++) {
    const group = offset + 16 + i * 12;
    const [first, last, glyph] = [view.getUint32(group), view.getUint32(group + 4), view.getUint32(group + 8)];
    for (let codePoint = first; codePoint <= last; codePoint++) if (glyph + codePoint - first !== 0) codePoints.add(codePoint);
  }
  return codePoints;
}

/** Segment mapping to delta values: the Basic Multilingual Plane in segments, glyphs by delta or by an index array. */
function format4(view: DataView, offset: number): Set<number> {
  const codePoints = new Set<number>();
  const segments = view.getUint16(offset + 6) / 2;
  const ends = offset + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let i = 0; i < segments; i++) {
    const [end, start, delta, rangeOffset] = [view.getUint16(ends + i * 2), view.getUint16(starts + i * 2), view.getInt16(deltas + i * 2), view.getUint16(rangeOffsets + i * 2)];
    for (let codePoint = start; codePoint <= end && codePoint !== 0xffff; codePoint++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (codePoint + delta) & 0xffff;
      else {
        const at = rangeOffsets + i * 2 + rangeOffset + (codePoint - start) * 2;
        const index = view.getUint16(at);
        glyph = index === 0 ? 0 : (index + delta) & 0xffff;
      }
      if (glyph !== 0) codePoints.add(codePoint);
    }
  }
  return codePoints;
}

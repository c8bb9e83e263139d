import { closeSync, openSync, readFileSync, readSync, statSync } from "node:fs";
import { isUtf8 } from "node:buffer";
import { ContentError } from "../base/content-error.ts";
import { displayPath } from "../base/display-path.ts";
import { refuseLinks } from "./refuse-links.ts";
import { FORBIDDEN_CHARACTER_FIX, findForbiddenCharacter } from "./forbidden-characters.ts";

/**
 * The largest content file the build reads: 1 MB. A briefing section is a few thousand
 * characters; a file a thousand times larger is a mistake (a pasted data dump, a wrong file),
 * and Chromium runs out of time and memory printing it long before it is published.
 */
export const MAX_FILE_BYTES = 1_000_000;

/**
 * Reads a content file as UTF-8, refusing one that is not: decoding Latin-1 or GBK as UTF-8
 * would publish U+FFFD replacement characters instead of the text.
 * @param file the file to read
 * @param maxBytes the largest size accepted
 * @throws ContentError naming the file and the line of the first byte that is not UTF-8, or of
 *   the first character XML cannot carry (see forbidden-characters.ts); the size limit; a link
 *   (see refuseLinks)
 */
export function readTextFile(file: string, maxBytes = MAX_FILE_BYTES): string {
  refuseLinks(file);
  const stats = statSync(file);
  if (!stats.isFile()) throw new ContentError([{ file: displayPath(file), message: "this is a folder (or a device), not a file; the build reads text files here: remove or rename it" }]);
  const size = stats.size;
  if (size > maxBytes) {
    // Only the part up to the limit is read: a 3 GB file (sparse, or a disk image saved by
    // mistake) cannot even be held in one buffer.
    throw new ContentError([
      {
        file: displayPath(file),
        line: lineAt(readStart(file, maxBytes), maxBytes),
        message: `the file is ${formatMegabytes(size)}, more than the limit of ${formatMegabytes(maxBytes)} (it passes the limit on this line); split it into several sections, or remove what does not belong in it`,
      },
    ]);
  }
  const bytes = readFileSync(file);
  if (!isUtf8(bytes)) {
    const offset = firstInvalidUtf8Byte(bytes);
    const byte = bytes[offset] ?? 0;
    throw new ContentError([
      {
        file: displayPath(file),
        line: lineAt(bytes, offset),
        message: `the file is not UTF-8 (byte 0x${byte.toString(16).toUpperCase().padStart(2, "0")} at byte ${offset + 1} is not valid UTF-8, as in Latin-1 or GBK text); save it as UTF-8 in your editor ("Save with encoding" → UTF-8)`,
      },
    ]);
  }
  const text = bytes.toString("utf8");
  const found = findForbiddenCharacter(text);
  if (found) {
    const before = text.slice(0, found.index).split("\n");
    throw new ContentError([
      {
        file: displayPath(file),
        line: before.length,
        message: `column ${[...before.at(-1)!].length + 1} holds ${found.description}; ${FORBIDDEN_CHARACTER_FIX}`,
      },
    ]);
  }
  return text;
}

/** The first `length` bytes of a file. */
function readStart(file: string, length: number): Uint8Array {
  const buffer = Buffer.alloc(length);
  const fd = openSync(file, "r");
  try {
    return buffer.subarray(0, readSync(fd, buffer, 0, length, 0));
  } finally {
    closeSync(fd);
  }
}

/** 1-based line of the byte at `offset`. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  const end = Math.min(offset, bytes.length);
  for (let i = 0; i < end; i++) if (bytes[i] === 0x0a) line += 1;
  return line;
}

/**
 * Offset of the first byte that does not belong to a well-formed UTF-8 sequence
 * (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF).
 */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i += 1;
      continue;
    }
    let length: number;
    let min: number;
    let max = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) [length, min] = [2, 0x80];
    else if (lead === 0xe0) [length, min] = [3, 0xa0];
    else if (lead === 0xed) [length, min, max] = [3, 0x80, 0x9f];
    else if (lead >= 0xe1 && lead <= 0xef) [length, min] = [3, 0x80];
    else if (lead === 0xf0) [length, min] = [4, 0x90];
    else if (lead === 0xf4) [length, min, max] = [4, 0x80, 0x8f];
    else if (lead >= 0xf1 && lead <= 0xf3) [length, min] = [4, 0x80];
    else return i;
    const second = bytes[i + 1];
    if (second === undefined || second < min || second > max) return i;
    for (let k = 2; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || next < 0x80 || next > 0xbf) return i;
    }
    i += length;
  }
  return bytes.length;
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(bytes < 10_000_000 ? 1 : 0)} MB`;
}

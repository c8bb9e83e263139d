/**
 * The one rule for "an address readers cannot reach": this machine (loopback, `0.0.0.0`,
 * `localhost`) or a private network (10/8, 172.16/12, 192.168/16, link-local, carrier-grade NAT,
 * IPv6 unique-local and link-local). The build prints and photographs pages from a loopback
 * server, so such an address in a published page, feed or PDF is a leak of the build, never a
 * link a reader can follow. Every check (links, feeds, PDFs) and the printer use this rule, so
 * they cannot disagree about `127.1`, `0x7f.1` or `[::ffff:127.0.0.1]`: the WHATWG URL parser
 * writes all of those as the canonical address first.
 */

/** IPv4 ranges as [first octet, second-octet low, second-octet high] (inclusive). */
const PRIVATE_V4: ReadonlyArray<readonly [number, number, number]> = [
  [0, 0, 255],
  [10, 0, 255],
  [127, 0, 255],
  [100, 64, 127],
  [169, 254, 254],
  [172, 16, 31],
  [192, 168, 168],
];

/**
 * Whether a host, as a parsed URL's `hostname` gives it, is this machine or a private network.
 * @param hostname e.g. `127.0.0.1`, `[::1]`, `localhost`, `example.org`
 */
export function isPrivateHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, "");
  if (host === "localhost" || host.endsWith(".localhost")) return true;
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  if (v4) return isPrivateV4(Number(v4[1]), Number(v4[2]));
  if (!host.startsWith("[")) return false;
  const v6 = host.slice(1, -1);
  if (v6 === "::1" || v6 === "::") return true;
  // An IPv4 address written as IPv6 (`::ffff:7f00:1`) is that IPv4 address.
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(v6);
  if (mapped) {
    const high = parseInt(mapped[1]!, 16);
    return isPrivateV4(high >> 8, high & 0xff);
  }
  return /^f[cd][0-9a-f]{0,2}:/.test(v6) || /^fe[89ab][0-9a-f]?:/.test(v6);
}

function isPrivateV4(first: number, second: number): boolean {
  return PRIVATE_V4.some(([a, low, high]) => first === a && second >= low && second <= high);
}

/**
 * The host a URL names when it is this machine or a private network, else undefined (also for a
 * reference that is no absolute URL).
 * @param reference an absolute URL, e.g. `http://127.1:8080/a/`
 */
export function privateHostOf(reference: string): string | undefined {
  if (!URL.canParse(reference)) return undefined;
  const url = new URL(reference);
  return isPrivateHost(url.hostname) ? url.hostname : undefined;
}

/** Absolute URLs in free text, and the bare `localhost:port` and `127.x.x.x` a printer may leave. */
const URL_IN_TEXT = /\b[a-z][a-z0-9+.-]*:\/\/[^\s)>\]"'\\<]+|\blocalhost:\d+[^\s)>\]"'\\<]*|\b127\.\d{1,3}\.\d{1,3}\.\d{1,3}(?::\d+)?[^\s)>\]"'\\<]*/gi;

/**
 * Every private address in a piece of text (a PDF string or stream, a feed's HTML), as written.
 * @param text any text
 */
export function privateAddressesIn(text: string): string[] {
  const found: string[] = [];
  for (const [written] of text.matchAll(URL_IN_TEXT)) {
    // Punctuation after an address in prose ends the sentence, not the address.
    const match = written.replace(/[.,;:!?]+$/, "");
    const absolute = match.includes("://") ? match : `http://${match}`;
    if (privateHostOf(absolute) !== undefined) found.push(match);
  }
  return found;
}

import { existsSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { ContentError, displayPath, type ContentProblem } from "../content/content-error.ts";
import { readJsonFile } from "../content/read-json-file.ts";

/** The environment variable that overrides `url` in `_data/site.json`, e.g. for a staging host. */
export const SITE_URL_VARIABLE = "SITE_URL";

const feedSchema = z.strictObject({
  title: z.string().min(1).describe("the feed's name in feed readers"),
  subtitle: z.string().min(1).describe("one sentence on what the feed carries"),
  author: z.strictObject({ name: z.string().min(1) }),
  language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, "use a BCP 47 language tag, e.g. zh-CN"),
  limit: z.number().int().positive().describe("how many entries, newest first, each feed carries"),
  idAuthority: z
    .string()
    .regex(/^[a-z0-9.-]+$/, "use a domain name, e.g. briefings.example.org")
    .optional()
    .describe("the domain in entry ids (tag: URIs); defaults to the host of url"),
});

const siteSchema = z.looseObject({ url: z.string().optional(), feed: feedSchema });

/** What `feed` in `_data/site.json` says about the feeds. */
export type FeedSettings = z.infer<typeof feedSchema>;

/** Where the site lives and how its feeds describe themselves. */
export interface SiteSettings {
  /** The absolute base URL, ending in "/": `https://example.org/briefings/`. */
  url: string;
  /** The path of `url`, which Eleventy puts before every root-relative link: `/briefings/`. */
  pathPrefix: string;
  /** The domain entry ids are minted under. */
  idAuthority: string;
  feed: FeedSettings;
}

/**
 * Reads and checks the site's base URL and feed settings from `<dataDir>/site.json`, with
 * `SITE_URL` overriding `url`. The feeds' links and ids and any sub-path hosting depend on
 * the base URL, so a missing or relative one stops the build with a message saying what to write.
 * @param dataDir the `_data` folder
 * @param env the environment, for `SITE_URL`
 */
export function readSiteSettings(dataDir: string, env: NodeJS.ProcessEnv = process.env): SiteSettings {
  const file = path.join(dataDir, "site.json");
  const where = displayPath(file);
  if (!existsSync(file)) throw new ContentError([{ file: where, message: "the site's settings file is missing; create it with at least url and feed" }]);
  const json: unknown = readJsonFile(file).document.toJS();
  const parsed = siteSchema.safeParse(json);
  if (!parsed.success) {
    throw new ContentError(
      parsed.error.issues.map((issue): ContentProblem => ({ file: where, field: issue.path.join("."), message: issue.message })),
    );
  }
  const override = env[SITE_URL_VARIABLE];
  const url = override ? checkBaseUrl(override, { file: `the ${SITE_URL_VARIABLE} environment variable`, field: undefined }) : checkBaseUrl(parsed.data.url, { file: where, field: "url" });
  const { pathname, hostname } = new URL(url);
  return { url, pathPrefix: pathname, idAuthority: parsed.data.feed.idAuthority ?? hostname, feed: parsed.data.feed };
}

/** The base URL as an absolute http(s) URL ending in "/", or a ContentError saying what to write. */
function checkBaseUrl(value: string | undefined, where: { file: string; field: string | undefined }): string {
  const example = "write the full address the site is published at, e.g. https://briefings.example.org/ or https://example.org/briefings/";
  const problem = (message: string) => new ContentError([{ file: where.file, field: where.field, message: `${message}; ${example}` }]);
  if (!value || !value.trim()) throw problem("the site's base URL is missing; feeds need it for their links and ids");
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw problem(`"${value}" is not an absolute URL; feeds need one for their links and ids`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw problem(`"${value}" is not a web address`);
  if (url.search || url.hash || url.username || url.password) throw problem(`"${value}" has a query, fragment or password; give only the address`);
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  return url.toString();
}

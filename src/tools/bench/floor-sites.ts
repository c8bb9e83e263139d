import { cpSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * Lays out the bare-Eleventy floor's input: the same section Markdown, one folder per briefing,
 * and a trivial layout. The config is `src/tools/bench/floors/bare-eleventy.config.mjs`.
 * @param briefingsDir the generated briefings
 * @param input the folder to write
 */
export function writeEleventyFloor(briefingsDir: string, input: string): void {
  copySections(briefingsDir, input);
  mkdirSync(path.join(input, "_includes"), { recursive: true });
  writeFileSync(path.join(input, "_includes", "bare.njk"), '<!doctype html>\n<html><head><meta charset="utf-8"><title>{{ title }}</title></head><body><main>{{ content | safe }}</main></body></html>\n');
}

/**
 * Lays out the same Markdown as a Hugo site with a trivial layout (Hugo prints the
 * shortcodes' text as it is; that costs it nothing).
 * @param briefingsDir the generated briefings
 * @param site the Hugo site folder to write
 */
export function writeHugoFloor(briefingsDir: string, site: string): void {
  copySections(briefingsDir, path.join(site, "content"));
  mkdirSync(path.join(site, "layouts", "_default"), { recursive: true });
  const page = '<!doctype html>\n<html><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body><main>{{ .Content }}</main></body></html>\n';
  writeFileSync(path.join(site, "layouts", "_default", "single.html"), page);
  writeFileSync(path.join(site, "layouts", "_default", "list.html"), page);
  writeFileSync(
    path.join(site, "hugo.toml"),
    'baseURL = "https://briefings.example.org/"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]\n[markup.goldmark.renderer]\nunsafe = true\n',
  );
}

function copySections(briefingsDir: string, target: string): void {
  for (const slug of readdirSync(briefingsDir)) {
    cpSync(path.join(briefingsDir, slug, "sections"), path.join(target, slug), { recursive: true });
  }
}

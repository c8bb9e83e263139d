import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { tempDir } from "./fixtures.ts";

/** A page that html-validate's recommended rules, axe-core and the gate's share check (JSON-LD) accept, around some body HTML. */
export function validPage(body: string, title = "A page"): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"${title}"}</script>
</head>
<body>
<main>
<h1 id="heading">${title}</h1>
${body}
</main>
</body>
</html>
`;
}

/**
 * Writes a small site by hand into a fresh temporary folder, for checks that need no real build.
 * @param files relative path → content
 * @returns the folder
 */
export function handMadeSite(files: Record<string, string>): string {
  const root = tempDir("briefing-site-");
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), content);
  }
  return root;
}

/** A JSON Feed that states the site's address and carries no entries. */
export function emptyJsonFeed(siteUrl: string): string {
  return JSON.stringify({ version: "https://jsonfeed.org/version/1.1", title: "Feed", home_page_url: siteUrl, feed_url: `${siteUrl}feed.json`, items: [] });
}

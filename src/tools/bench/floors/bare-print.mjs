// The bare-Puppeteer floor of `npm run bench`: prints each print edition of a built site to
// PDF with nothing else (no contents page numbers, no metadata, no checks), one at a time like
// the build. Plain JavaScript, run by plain node, so the floor pays for no TypeScript loader.
// Usage: node bare-print.mjs <site folder> <out folder> <browser> <slug>...
import { mkdirSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import puppeteer from "puppeteer-core";
import sirv from "sirv";

const [site, out, executablePath, ...slugs] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const handler = sirv(site, { dev: true });
const server = createServer((request, response) => handler(request, response, () => response.writeHead(404).end()));
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
try {
  for (const slug of slugs) {
    const page = await browser.newPage();
    await page.goto(`${base}${slug}/print/`, { waitUntil: "load" });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await page.pdf({ path: path.join(out, `${slug}.pdf`), preferCSSPageSize: true, printBackground: true, outline: true, tagged: true });
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}

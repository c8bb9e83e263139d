// Scratch: bytes a page transfers (by type), for before/after numbers.
import { launchBrowser } from "/work/wt/chrome/src/browser/launch-browser.ts";
import { serveFolder } from "/work/wt/chrome/src/serve/serve-folder.ts";
const [root, ...paths] = process.argv.slice(2);
const server = await serveFolder(root!);
const browser = await launchBrowser();
for (const p of paths) {
  const page = await browser.newPage();
  const sizes: Record<string, { n: number; bytes: number }> = {};
  const client = await page.createCDPSession();
  await client.send("Network.enable");
  const types = new Map<string, string>();
  client.on("Network.responseReceived", (e) => types.set(e.requestId, e.response.url.endsWith(".woff2") ? "font" : e.type));
  client.on("Network.loadingFinished", (e) => {
    const t = types.get(e.requestId) ?? "?";
    (sizes[t] ??= { n: 0, bytes: 0 }).n++;
    sizes[t]!.bytes += e.encodedDataLength;
  });
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(server.url.replace(/\/$/, "") + p, { waitUntil: "networkidle0" });
  await page.evaluate(() => document.fonts.ready);
  await new Promise((r) => setTimeout(r, 300));
  const total = Object.values(sizes).reduce((a, b) => a + b.bytes, 0);
  console.log(p, JSON.stringify(sizes), "total", total);
  await page.close();
}
await browser.close();
await server.close();

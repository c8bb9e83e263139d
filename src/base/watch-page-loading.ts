import type { Page } from "puppeteer-core";

/** What went wrong while a page loaded: each entry names the URL or the error. */
export interface LoadProblems {
  list: string[];
}

/**
 * Makes a page fail loudly instead of printing something incomplete: any request that would
 * leave the loopback server is blocked, and blocked requests, missing files (HTTP 4xx/5xx),
 * failed loads, script errors and crashes are all recorded.
 * Call before the page navigates.
 * @param page a fresh page
 * @param origin the only origin the page may load from, e.g. `http://127.0.0.1:41234`
 */
export async function watchPageLoading(page: Page, origin: string): Promise<LoadProblems> {
  const problems: LoadProblems = { list: [] };
  const blocked = new Set<string>();
  await page.setRequestInterception(true);
  page.on("request", (request) => {
    const url = request.url();
    if (url.startsWith("data:") || new URL(url).origin === origin) {
      void request.continue();
      return;
    }
    blocked.add(url);
    problems.list.push(`blocked a request to ${url}: nothing may be loaded from outside this machine`);
    void request.abort("blockedbyclient");
  });
  page.on("response", (response) => {
    if (response.status() >= 400) problems.list.push(`HTTP ${response.status()} for ${response.url()}`);
  });
  page.on("requestfailed", (request) => {
    if (!blocked.has(request.url())) problems.list.push(`could not load ${request.url()} (${request.failure()?.errorText ?? "failed"})`);
  });
  page.on("pageerror", (error) => {
    problems.list.push(`script error on the page: ${error instanceof Error ? error.message : String(error)}`);
  });
  page.on("error", (error) => {
    problems.list.push(`the page crashed: ${error.message}`);
  });
  return problems;
}

import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import sirv from "sirv";

/** A folder served over HTTP on a loopback port of its own. */
export interface FolderServer {
  /** Base URL, e.g. `http://127.0.0.1:41234/`. */
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a built site on 127.0.0.1 on a free port, so that pages load their fonts,
 * styles and images by the same relative URLs as on the real host.
 * @param root the folder to serve, e.g. output/
 * @param pathPrefix the sub-path the site is hosted under, e.g. "/briefings/"
 */
export async function serveFolder(root: string, pathPrefix = "/"): Promise<FolderServer> {
  const handler = sirv(root, { dev: true, etag: false, dotfiles: false });
  const prefix = pathPrefix.endsWith("/") ? pathPrefix : `${pathPrefix}/`;
  const server: Server = createServer((request, response) => {
    const url = request.url ?? "/";
    if (!url.startsWith(prefix)) {
      response.writeHead(404).end();
      return;
    }
    request.url = `/${url.slice(prefix.length)}`;
    handler(request, response, () => {
      response.writeHead(404).end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    // A browser that outlives the server (one connected to, not launched: BROWSER_WS_ENDPOINT)
    // keeps its keep-alive connections open, and close() waits for every connection to end.
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

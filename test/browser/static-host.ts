import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

export interface StaticHost {
  readonly url: string;
  /** Every path asked for, in order. */
  readonly seen: string[];
  close(): void;
}

/** A plain static host that serves a folder's files under a sub-folder and nothing else. */
export function serveFromFolder(dir: string, folder: string): Promise<StaticHost> {
  const seen: string[] = [];
  const server: Server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://host').pathname;
    seen.push(path);
    if (!path.startsWith(folder)) {
      response.writeHead(404).end();
      return;
    }
    const relative = normalize(path.slice(folder.length) || 'index.html').replace(
      /^(\.\.[/\\])+/,
      '',
    );
    try {
      const body = await readFile(join(dir, relative));
      response
        .writeHead(200, { 'content-type': TYPES[extname(relative)] ?? 'application/octet-stream' })
        .end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}${folder}`,
        seen,
        close: () => {
          server.close();
          server.closeAllConnections();
        },
      });
    });
  });
}

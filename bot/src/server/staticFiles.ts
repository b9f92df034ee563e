import fs from 'node:fs/promises';
import path from 'node:path';
import type { Request, Response } from 'restify';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** Teams shows the tab in a frame; only Teams and Microsoft 365 hosts may frame it. */
export const TAB_FRAME_ANCESTORS =
  "frame-ancestors 'self' https://teams.microsoft.com https://*.teams.microsoft.com https://*.cloud.microsoft https://*.office.com https://*.microsoft365.com https://*.skype.com";

/**
 * Serves the built tab from one folder; paths cannot climb out of it. A path without a
 * file extension is one of the tab's pages (/tab/config, /tab/personal): it gets index.html,
 * and the tab reads the page from the URL.
 */
export function staticFiles(root: string, prefix: string) {
  const base = path.resolve(root);
  return async (req: Request, res: Response): Promise<void> => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const requested = pathname.slice(prefix.length).replace(/^\/+/, '');
    const relative = path.extname(requested) ? requested : 'index.html';
    const file = path.resolve(base, relative);
    if (!file.startsWith(base + path.sep)) {
      res.send(404);
      return;
    }
    try {
      const body = await fs.readFile(file);
      res.writeHead(200, {
        'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        'Content-Length': body.length,
        'Cache-Control': relative === 'index.html' ? 'no-cache' : 'public, max-age=3600',
        'Content-Security-Policy': TAB_FRAME_ANCESTORS,
        'X-Content-Type-Options': 'nosniff',
      });
      res.end(body);
    } catch {
      res.send(404);
    }
  };
}

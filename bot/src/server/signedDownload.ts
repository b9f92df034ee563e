import type { Request, Response, Server } from 'restify';
import { localeFrom, messages, type Locale } from '../i18n';
import type { Logger } from '../log/logger';
import type { SignedLinks } from './signedLinks';

export interface DownloadFile {
  body: Buffer;
  contentType: string;
  /** The Content-Disposition header: attachment, with the file's name. */
  disposition: string;
}

/** One kind of file the server hands out behind a signed, expiring link. */
export interface SignedDownload {
  /** The restify route. */
  route: string;
  /** The path the link's signature covers, or undefined when the address cannot be one the server made. */
  signedPath(params: Record<string, string>): string | undefined;
  /** The file, or undefined when what it was made from no longer exists. */
  file(params: Record<string, string>): Promise<DownloadFile | undefined>;
  texts(locale: Locale): { linkExpired: string; linkInvalid: string };
  /** What the log says when building the file fails. */
  failure: string;
}

export interface SignedDownloadDeps {
  links: SignedLinks;
  now: () => Date;
  log: Logger;
}

function sendText(res: Response, status: number, text: string, language: string): void {
  const body = Buffer.from(`${text}\n`, 'utf8');
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': body.length, 'Content-Language': language, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff',
  });
  res.end(body);
}

/**
 * A download behind a signed link (the answers CSV on the owner's card, the minutes as
 * Word from the tab). The signature is checked before anything is read or built: a
 * forged or changed link is 403 and an expired one 410, each said in Swedish (English
 * when the browser asks for it); a failure to build the file is 503, never a crash.
 */
export function registerSignedDownload(server: Server, deps: SignedDownloadDeps, download: SignedDownload): void {
  server.get(download.route, async (req: Request, res: Response) => {
    const locale = localeFrom(req.header('accept-language'));
    const language = locale === 'sv' ? 'sv-SE' : 'en-US';
    const t = download.texts(locale);
    try {
      const params = Object.fromEntries(Object.entries(req.params ?? {}).map(([name, value]) => [name, String(value ?? '')]));
      const signed = download.signedPath(params);
      const query = new URL(req.url ?? '/', 'http://localhost').searchParams;
      const check = signed ? deps.links.check(signed, query.get('expires') ?? undefined, query.get('sig') ?? undefined, deps.now()) : 'invalid';
      if (check !== 'valid') return sendText(res, check === 'expired' ? 410 : 403, check === 'expired' ? t.linkExpired : t.linkInvalid, language);
      const file = await download.file(params);
      if (!file) return sendText(res, 410, t.linkInvalid, language);
      res.writeHead(200, {
        'Content-Type': file.contentType,
        'Content-Length': file.body.length,
        'Content-Disposition': file.disposition,
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      });
      res.end(file.body);
    } catch (error) {
      deps.log.warn(download.failure, { error });
      sendText(res, 503, messages(locale).tabApi.unavailable, language);
    }
  });
}

/** Ids in a link's path: what the server's own ids look like, nothing else. */
export const LINK_ID = /^[A-Za-z0-9-]{1,64}$/;

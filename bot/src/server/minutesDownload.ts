import type { Request, Response, Server } from 'restify';
import type { MinutesFile } from '../app/tab/minutes';
import { localeFrom, messages } from '../i18n';
import type { Logger } from '../log/logger';
import { minutesDocxPath, type SignedLinks } from './signedLinks';

export interface MinutesDownloadDeps {
  links: SignedLinks;
  /** The published version as a Word file, or undefined when it no longer exists. */
  file(meetingId: string, version: number): Promise<MinutesFile | undefined>;
  now: () => Date;
  log: Logger;
}

export const DOCX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const ID = /^[A-Za-z0-9-]{1,64}$/;
const FILE = /^([1-9]\d{0,5})\.docx$/;

/**
 * An attachment's name for every browser: an ASCII `filename` (å → a, anything else
 * outside printable ASCII → _) for old ones, and the real name as `filename*` in UTF-8
 * for the rest. RFC 6266 §4.3 and RFC 8187: https://www.rfc-editor.org/rfc/rfc6266#section-4.3
 */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^\x20-\x7e]|["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

function sendText(res: Response, status: number, text: string, language: string): void {
  const body = Buffer.from(`${text}\n`, 'utf8');
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': body.length, 'Content-Language': language, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff',
  });
  res.end(body);
}

/**
 * GET /api/minutes/:meetingId/v/:version.docx?expires=…&sig=… — the link the tab's
 * "Ladda ner som Word" opens. The signature is checked before anything is read or
 * built: a forged or changed link is 403 and an expired one 410, each said in Swedish
 * (English when the browser asks for it).
 */
export function registerMinutesDownload(server: Server, deps: MinutesDownloadDeps): void {
  server.get('/api/minutes/:meetingId/v/:file', async (req: Request, res: Response) => {
    const locale = localeFrom(req.header('accept-language'));
    const language = locale === 'sv' ? 'sv-SE' : 'en-US';
    const t = messages(locale).document;
    try {
      const meetingId = String(req.params?.meetingId ?? '');
      const version = FILE.exec(String(req.params?.file ?? ''))?.[1];
      const query = new URL(req.url ?? '/', 'http://localhost').searchParams;
      const check = ID.test(meetingId) && version ? deps.links.check(minutesDocxPath(meetingId, Number(version)), query.get('expires') ?? undefined, query.get('sig') ?? undefined, deps.now()) : 'invalid';
      if (check !== 'valid') return sendText(res, check === 'expired' ? 410 : 403, check === 'expired' ? t.linkExpired : t.linkInvalid, language);
      const file = await deps.file(meetingId, Number(version));
      if (!file) return sendText(res, 410, t.linkInvalid, language);
      res.writeHead(200, {
        'Content-Type': DOCX_CONTENT_TYPE,
        'Content-Length': file.body.length,
        'Content-Disposition': attachmentDisposition(file.fileName),
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      });
      res.end(file.body);
    } catch (error) {
      deps.log.warn('minutes download failed', { error });
      sendText(res, 503, messages(locale).tabApi.unavailable, language);
    }
  });
}

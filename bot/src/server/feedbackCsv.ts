import type { Request, Response, Server } from 'restify';
import { localeFrom, messages } from '../i18n';
import type { Logger } from '../log/logger';
import { answersCsvPath, type SignedLinks } from './signedLinks';

export interface FeedbackCsvDeps {
  links: SignedLinks;
  /** The answers as a file, or undefined when the request no longer exists. */
  answersCsv(requestId: string): Promise<{ fileName: string; body: string } | undefined>;
  now: () => Date;
  log: Logger;
}

const ID = /^[A-Za-z0-9-]{1,64}$/;

function sendText(res: Response, status: number, text: string, language: string): void {
  const body = Buffer.from(`${text}\n`, 'utf8');
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': body.length, 'Content-Language': language, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff',
  });
  res.end(body);
}

/**
 * GET /api/feedback/:requestId/answers.csv?expires=…&sig=… — the link on the owner's
 * card. A bad signature is 403 and an expired link 410, each said in Swedish (English
 * when the browser asks for it); nothing is read from the store before the link checks out.
 */
export function registerFeedbackCsv(server: Server, deps: FeedbackCsvDeps): void {
  server.get('/api/feedback/:requestId/answers.csv', async (req: Request, res: Response) => {
    const locale = localeFrom(req.header('accept-language'));
    const language = locale === 'sv' ? 'sv-SE' : 'en-US';
    const t = messages(locale).feedback;
    try {
      const requestId = String(req.params?.requestId ?? '');
      const query = new URL(req.url ?? '/', 'http://localhost').searchParams;
      const check = ID.test(requestId) ? deps.links.check(answersCsvPath(requestId), query.get('expires') ?? undefined, query.get('sig') ?? undefined, deps.now()) : 'invalid';
      if (check !== 'valid') return sendText(res, check === 'expired' ? 410 : 403, check === 'expired' ? t.linkExpired : t.linkInvalid, language);
      const file = await deps.answersCsv(requestId);
      if (!file) return sendText(res, 410, t.linkInvalid, language);
      const body = Buffer.from(file.body, 'utf8');
      res.writeHead(200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Length': body.length,
        'Content-Disposition': `attachment; filename="${file.fileName}"`,
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      });
      res.end(body);
    } catch (error) {
      deps.log.warn('answers csv failed', { error });
      sendText(res, 503, messages(locale).tabApi.unavailable, language);
    }
  });
}

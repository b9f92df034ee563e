import type { Server } from 'restify';
import { messages } from '../i18n';
import { registerSignedDownload, LINK_ID, type SignedDownloadDeps } from './signedDownload';
import { answersCsvPath } from './signedLinks';

export interface FeedbackCsvDeps extends SignedDownloadDeps {
  /** The answers as a file, or undefined when the request no longer exists. */
  answersCsv(requestId: string): Promise<{ fileName: string; body: string } | undefined>;
}

/** GET /api/feedback/:requestId/answers.csv?expires=…&sig=… — the link on the owner's card. */
export function registerFeedbackCsv(server: Server, deps: FeedbackCsvDeps): void {
  registerSignedDownload(server, deps, {
    route: '/api/feedback/:requestId/answers.csv',
    signedPath: ({ requestId = '' }) => (LINK_ID.test(requestId) ? answersCsvPath(requestId) : undefined),
    file: async ({ requestId = '' }) => {
      const file = await deps.answersCsv(requestId);
      return file && { body: Buffer.from(file.body, 'utf8'), contentType: 'text/csv; charset=utf-8', disposition: `attachment; filename="${file.fileName}"` };
    },
    texts: (locale) => {
      const t = messages(locale).feedback;
      return { linkExpired: t.linkExpired, linkInvalid: t.linkInvalid };
    },
    failure: 'answers csv failed',
  });
}

import type { Server } from 'restify';
import type { MinutesFile } from '../app/tab/minutes';
import { messages } from '../i18n';
import { registerSignedDownload, LINK_ID, type SignedDownloadDeps } from './signedDownload';
import { minutesDocxPath } from './signedLinks';

export interface MinutesDownloadDeps extends SignedDownloadDeps {
  /** The published version as a Word file, or undefined when it no longer exists. */
  file(meetingId: string, version: number): Promise<MinutesFile | undefined>;
}

export const DOCX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

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

/** GET /api/minutes/:meetingId/v/:version.docx?expires=…&sig=… — the link the tab's "Ladda ner som Word" opens. */
export function registerMinutesDownload(server: Server, deps: MinutesDownloadDeps): void {
  const versionOf = (file: string): number | undefined => {
    const found = FILE.exec(file)?.[1];
    return found ? Number(found) : undefined;
  };
  registerSignedDownload(server, deps, {
    route: '/api/minutes/:meetingId/v/:file',
    signedPath: ({ meetingId = '', file = '' }) => {
      const version = versionOf(file);
      return LINK_ID.test(meetingId) && version ? minutesDocxPath(meetingId, version) : undefined;
    },
    file: async ({ meetingId = '', file = '' }) => {
      const found = await deps.file(meetingId, versionOf(file)!);
      return found && { body: found.body, contentType: DOCX_CONTENT_TYPE, disposition: attachmentDisposition(found.fileName) };
    },
    texts: (locale) => {
      const t = messages(locale).document;
      return { linkExpired: t.linkExpired, linkInvalid: t.linkInvalid };
    },
    failure: 'minutes download failed',
  });
}

import { attachmentDisposition } from '../../../bot/src/server/minutesDownload';

describe('the name a downloaded file gets', () => {
  it('is the real name in UTF-8 for browsers that read filename*, and a plain ASCII one for the rest', () => {
    expect(attachmentDisposition('Anteckningar Ledningsgruppen Söder 2026-11-10.docx')).toBe(
      'attachment; filename="Anteckningar Ledningsgruppen Soder 2026-11-10.docx"; filename*=UTF-8\'\'Anteckningar%20Ledningsgruppen%20S%C3%B6der%202026-11-10.docx',
    );
  });

  it('keeps quotes, backslashes and line breaks a group name may hold out of the header', () => {
    const header = attachmentDisposition('Anteckningar "LG"\\Åre\r\nX: 1 – 2.docx');
    expect(header).toBe('attachment; filename="Anteckningar _LG__Are__X: 1 _ 2.docx"; filename*=UTF-8\'\'Anteckningar%20%22LG%22%5C%C3%85re%0D%0AX%3A%201%20%E2%80%93%202.docx');
    expect(header).toMatch(/^[\x20-\x7e]+$/);
  });
});

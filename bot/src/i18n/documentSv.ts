import type { AttendanceGroup } from '../domain/minutes/model';

/** The minutes as a Word document (the registrar's copy), its download link, and the refusals of the export. */
export const documentSv = {
  /** "Anteckningar Ledningsgruppen 2026-11-10.docx" */
  fileName: (group: string, date: string) => `Anteckningar ${group} ${date}.docx`,
  title: (group: string, date: string) => `Anteckningar – ${group} ${date}`,
  subject: 'Anteckningar från mötet',
  when: (date: string, time: string) => `${date}, ${time}`,
  place: (place: string) => `Plats: ${place}`,
  attendanceGroups: { LG: 'Deltagare LG', SG: 'Styrgruppen', extra: 'Extra deltagare' } satisfies Record<AttendanceGroup, string>,
  absent: 'Frånvarande',
  nobody: '–',
  remote: 'deltog via Teams',
  partTime: (part: string | undefined) => (part ? `deltog ${part}` : 'deltog del av tiden'),
  sections: { beslut: 'BESLUT', information: 'INFORMATION', diskussion: 'DISKUSSION' },
  noDecisionItems: 'Inga beslutspunkter',
  notices: 'Kort, kort',
  presenters: 'Föredragande:',
  decision: 'Beslut:',
  action: 'Åtgärd:',
  dueBy: (date: string) => `senast ${date}`,
  takenUpAgain: (date: string) => `Tas upp igen ${date}.`,
  documents: 'Dokument:',
  takenBy: 'Vid anteckningarna:',
  version: (number: number, date: string) => `Version ${number}, publicerad ${date}.`,
  correction: (reason: string) => `Rättelse: ${reason}`,
  linkExpired: 'Länken till anteckningarna har gått ut. Öppna Protokoll i fliken och välj Ladda ner som Word igen.',
  linkInvalid: 'Länken till anteckningarna är inte giltig. Öppna Protokoll i fliken och välj Ladda ner som Word igen.',
  errors: {
    exportNotForGuests: () => 'Som gäst ser du bara dina egna punkter, så hela anteckningarna kan inte laddas ner. Be sekreteraren om dem.',
    exportNotPublished: () => 'Anteckningarna från mötet är inte publicerade ännu, så det finns inget att ladda ner. De kan laddas ner när sekreteraren har publicerat dem.',
  },
};

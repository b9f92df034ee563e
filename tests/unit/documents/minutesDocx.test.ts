import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { minutesDocx, minutesFileName } from '../../../bot/src/documents/minutesDocx';
import type { MinutesSnapshot, PublishedItem } from '../../../bot/src/domain/minutes/model';
import { docxLines, readDocx } from '../../support/docx/readDocx';

const person = (name: string, initials: string) => ({ name, initials, memberId: `m-${initials}` });
const item = (fields: Partial<PublishedItem> & Pick<PublishedItem, 'itemId' | 'section' | 'title'>): PublishedItem => ({
  presenters: [], notes: [], decisions: [], links: [], followUps: [], actions: [], ...fields,
});

/** A fictional meeting's published minutes, shaped as the group writes them. */
const SNAPSHOT: MinutesSnapshot = {
  groupName: 'Ledningsgruppen',
  meeting: { startsAt: '2026-11-10T12:00:00.000Z', endsAt: '2026-11-10T15:00:00.000Z', place: 'Jupiter + Teams' },
  attendance: [
    { memberId: 'm-JB', name: 'Jonas Berglund', group: 'LG', presence: 'present' },
    { memberId: 'm-KH', name: 'Karin Holmgren', group: 'LG', presence: 'present' },
    { memberId: 'm-ME', name: 'Mats Ekström', group: 'LG', presence: 'remote' },
    { memberId: 'm-PA', name: 'Peter Åberg', group: 'LG', presence: 'absent' },
    { memberId: 'm-BH', name: 'Birgitta Hed', group: 'SG', presence: 'partTime', part: '13–15.00' },
    { memberId: 'm-GF', name: 'Göran Falk', group: 'SG', presence: 'present' },
    { name: 'Magnus Prost', group: 'extra', presence: 'partTime', part: 'punkt 4' },
  ],
  takenBy: { memberId: 'm-SL', name: 'Sara Lindqvist' },
  parts: [
    { kind: 'fixed', items: [item({ itemId: 'i1', number: 1, section: 'fast', title: 'Inledning', presenters: [person('Jonas Berglund', 'JB')], notes: ['Jonas hälsade välkommen.'] })] },
    {
      kind: 'section', section: 'beslut', items: [item({
        itemId: 'i2', number: 2, section: 'beslut', title: 'Rutin för tillfälligt lån av medarbetare', presenters: [person('Karin Holmgren', 'KH')],
        notes: ['Karin presenterade förslaget till rutin.', 'Gruppen diskuterade kompensationen.\nEn rad till i samma stycke.'],
        decisions: ['Ledningsgruppen beslutade att anta rutinen.'],
        actions: [{ id: 'a1', what: 'Skicka rutinen till rektorerna.', owner: { memberId: 'm-KH', name: 'Karin Holmgren' }, due: '2026-11-17' }],
        links: [{ url: 'https://example.sharepoint.com/rutin.docx', title: 'Förslag till rutin' }],
      })],
    },
    {
      kind: 'section', section: 'information', items: [item({
        itemId: 'i3', number: 3, section: 'information', title: 'Budgetvolymer förskola och grundskola 2027', presenters: [person('Mats Ekström', 'ME')],
        notes: ['Volymerna är avstämda med rektorer och verksamhetschefer.'],
        followUps: [{ targetMeetingId: 'm2', startsAt: '2026-11-24T12:00:00.000Z' }],
        actions: [{ id: 'a2', what: 'Återkoppla när arbetet kommit längre.', owner: { name: 'Agneta Gullberg' } }],
      }), item({ itemId: 'i4', number: 4, section: 'information', title: 'I huvudet på fastighetsdirektören', presenters: [person('Magnus Prost', 'MP')], notes: ['Magnus presenterade sig.'] })],
    },
    {
      kind: 'notices', number: 5, items: [
        item({ itemId: 'n1', section: 'kortkort', title: 'Förslag på datum för konferensen: 18–19 april.', presenters: [person('Sara Lindqvist', 'SL')], notes: ['Hör av er till Sara om datumen inte passar.'] }),
        item({ itemId: 'n2', section: 'kortkort', title: 'Påminnelse: utbildning i Teams.', presenters: [person('Eva Nordin', 'EN')] }),
      ],
    },
    { kind: 'fixed', items: [item({ itemId: 'i6', number: 6, section: 'fast', title: 'Summering och utcheckning', presenters: [person('Jonas Berglund', 'JB')] })] },
  ],
};

describe('the minutes as a Word document', () => {
  it('reads back as the registrar expects: header, attendance by group, numbered items under their sections, decisions, actions, who took the minutes', async () => {
    const file = await minutesDocx(SNAPSHOT, 'sv', { number: 2, publishedAt: '2026-11-12T09:00:00.000Z', reason: 'Fel datum i punkt 3.' });
    const docx = readDocx(file);
    expect(docx.parts).toEqual(expect.arrayContaining(['word/document.xml', 'word/styles.xml', 'word/numbering.xml', 'docProps/core.xml']));
    expect(docx.title).toBe('Anteckningar – Ledningsgruppen 2026-11-10');
    expect(docx.creator).toBe('Sara Lindqvist');
    expect(docxLines(docx)).toEqual([
      'Ledningsgruppen',
      'Tisdag 10 november 2026, 13.00–16.00',
      'Plats: Jupiter + Teams',
      'Version 2, publicerad torsdag 12 november 2026.',
      'Rättelse: Fel datum i punkt 3.',
      'Deltagare LG: Jonas Berglund, Karin Holmgren, Mats Ekström (deltog via Teams)',
      'Styrgruppen: Birgitta Hed (deltog 13–15.00), Göran Falk',
      'Extra deltagare: Magnus Prost (deltog punkt 4)',
      'Frånvarande: Peter Åberg',
      '1. Inledning',
      'Föredragande: Jonas Berglund',
      'Jonas hälsade välkommen.',
      'BESLUT',
      '2. Rutin för tillfälligt lån av medarbetare',
      'Föredragande: Karin Holmgren',
      'Karin presenterade förslaget till rutin.',
      'Gruppen diskuterade kompensationen.\nEn rad till i samma stycke.',
      'Beslut: Ledningsgruppen beslutade att anta rutinen.',
      'Åtgärd: Skicka rutinen till rektorerna. – Karin Holmgren, senast tisdag 17 november 2026',
      'Dokument: Förslag till rutin',
      'INFORMATION',
      '3. Budgetvolymer förskola och grundskola 2027',
      'Föredragande: Mats Ekström',
      'Volymerna är avstämda med rektorer och verksamhetschefer.',
      'Åtgärd: Återkoppla när arbetet kommit längre. – Agneta Gullberg',
      'Tas upp igen tisdag 24 november 2026.',
      '4. I huvudet på fastighetsdirektören',
      'Föredragande: Magnus Prost',
      'Magnus presenterade sig.',
      '5. Kort, kort',
      '• Förslag på datum för konferensen: 18–19 april. (SL)',
      'Hör av er till Sara om datumen inte passar.',
      '• Påminnelse: utbildning i Teams. (EN)',
      '6. Summering och utcheckning',
      'Föredragande: Jonas Berglund',
      'Vid anteckningarna: Sara Lindqvist',
    ]);
    // Word's own styles: the group's name as the title, sections as Heading 1, items as Heading 2.
    const styled = (style: string) => docx.paragraphs.filter((p) => p.style === style).map((p) => p.text);
    expect(styled('Title')).toEqual(['Ledningsgruppen']);
    expect(styled('Heading1')).toEqual(['BESLUT', 'INFORMATION']);
    expect(styled('Heading2')).toEqual(['Inledning', 'Rutin för tillfälligt lån av medarbetare', 'Budgetvolymer förskola och grundskola 2027', 'I huvudet på fastighetsdirektören', 'Kort, kort', 'Summering och utcheckning']);
    expect(docx.xml('word/_rels/document.xml.rels')).toContain('Target="https://example.sharepoint.com/rutin.docx"');
  });

  it('says "Inga beslutspunkter" under BESLUT when no item needed a decision, and keeps the agenda\'s numbers across a gap', async () => {
    const parts = SNAPSHOT.parts.filter((p) => !(p.kind === 'section' && p.section === 'beslut'));
    const lines = docxLines(readDocx(await minutesDocx({ ...SNAPSHOT, parts }, 'sv')));
    expect(lines.filter((l) => /^(\d+\.|BESLUT|Inga|INFORMATION)/.test(l))).toEqual([
      '1. Inledning', 'BESLUT', 'Inga beslutspunkter', 'INFORMATION', '3. Budgetvolymer förskola och grundskola 2027', '4. I huvudet på fastighetsdirektören', '5. Kort, kort', '6. Summering och utcheckning',
    ]);
    expect(lines).not.toContainEqual(expect.stringMatching(/^Version/));
  });

  it('writes what people typed literally: markdown, XML and field-like text stay text', async () => {
    const typed = ['**inte fet** _inte kursiv_ [länk](https://example.com)', '<w:t>inte XML</w:t> & "citat" \'apostrof\' <script>', '{ MERGEFIELD namn } =SUMMA(A1) ]]>'];
    const snapshot: MinutesSnapshot = {
      ...SNAPSHOT,
      groupName: 'Ledningsgruppen <R&D>',
      parts: [{ kind: 'section', section: 'diskussion', items: [item({ itemId: 'x', number: 1, section: 'diskussion', title: '# Rubrik & <tagg>', notes: typed, decisions: ['<b>Beslut</b> & mer'] })] }],
    };
    const docx = readDocx(await minutesDocx(snapshot, 'sv'));
    const lines = docxLines(docx);
    expect(lines[0]).toBe('Ledningsgruppen <R&D>');
    expect(docx.title).toBe('Anteckningar – Ledningsgruppen <R&D> 2026-11-10');
    expect(lines).toEqual(expect.arrayContaining(['DISKUSSION', '1. # Rubrik & <tagg>', ...typed, 'Beslut: <b>Beslut</b> & mer']));
    // Nothing typed became markup: no bold run but the labels, no field codes, no hyperlink but none.
    const xml = docx.xml('word/document.xml');
    expect(xml).not.toContain('<w:fldSimple');
    expect(xml).not.toContain('<w:hyperlink');
    expect(xml).not.toContain('<script>');
  });

  it('speaks English for a group that reads English', async () => {
    const lines = docxLines(readDocx(await minutesDocx(SNAPSHOT, 'en')));
    expect(lines).toEqual(expect.arrayContaining(['Tuesday 10 November 2026, 13:00–16:00', 'Place: Jupiter + Teams', 'DECISIONS', 'Decision: Ledningsgruppen beslutade att anta rutinen.', 'Minutes taken by: Sara Lindqvist']));
    expect(minutesFileName('Ledningsgruppen', SNAPSHOT.meeting.startsAt, 'en')).toBe('Minutes Ledningsgruppen 2026-11-10.docx');
    expect(minutesFileName('Ledningsgruppen', SNAPSHOT.meeting.startsAt, 'sv')).toBe('Anteckningar Ledningsgruppen 2026-11-10.docx');
  });

  // LibreOffice is large and not part of the toolchain: where it is installed, the document also goes through it.
  const soffice = ['soffice', 'libreoffice'].find((command) => spawnSync('which', [command]).status === 0);
  if (soffice) it('opens in LibreOffice, which reads the same text', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'minutes-docx-'));
    try {
      writeFileSync(path.join(dir, 'minutes.docx'), await minutesDocx(SNAPSHOT, 'sv'));
      const run = spawnSync(soffice!, ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'txt:Text (encoded):UTF8', '--outdir', dir, path.join(dir, 'minutes.docx')], { encoding: 'utf8', timeout: 120_000 });
      expect(run.status).toBe(0);
      const text = readFileSync(path.join(dir, 'minutes.txt'), 'utf8');
      for (const line of ['Deltagare LG: Jonas Berglund', '2.', 'Rutin för tillfälligt lån av medarbetare', 'Beslut: Ledningsgruppen beslutade att anta rutinen.', 'Vid anteckningarna: Sara Lindqvist']) expect(text).toContain(line);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});

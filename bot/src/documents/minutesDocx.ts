import { AlignmentType, Document, ExternalHyperlink, HeadingLevel, LevelFormat, Packer, Paragraph, TextRun, type NumberingDefinition, type ParagraphChild } from 'docx';
import type { Attendee, MinutesSnapshot, PublishedItem, PublishedPart } from '../domain/minutes/model';
import { isoDate, toStockholm } from '../domain/time/stockholm';
import { formatDate, formatDateCapitalized, formatLocalDate, formatTimeRange } from '../i18n/format';
import { messages, type Locale } from '../i18n';

type Texts = ReturnType<typeof messages>['document'];

/** Which published version the document is, and why it corrects the one before. */
export interface VersionNote {
  number: number;
  publishedAt: string;
  reason?: string;
}

/** "Anteckningar Ledningsgruppen 2026-11-10.docx": the group and the meeting's Stockholm date. */
export const minutesFileName = (groupName: string, startsAt: string, language: Locale): string =>
  messages(language).document.fileName(groupName, isoDate(toStockholm(new Date(startsAt))));

const BULLETS = 'kort-kort';
const INDENT = { left: 567, hanging: 567 };

/**
 * An item's number is the agenda's, and Word numbers a list itself: a run of items
 * numbered one after the other is one Word list starting at the first of them, so
 * Word shows exactly the agenda's numbers (and keeps them as list numbers, not typed
 * text). A gap in the agenda's numbers starts a new list at the next number.
 */
class ItemNumbers {
  private list?: { reference: string; next: number };

  numbering(number: number): { reference: NumberingDefinition; level: number; custom: true } {
    if (!this.list || this.list.next !== number) this.list = { reference: `punkter-${number}`, next: number };
    this.list.next = number + 1;
    return {
      reference: { reference: this.list.reference, levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', start: number, alignment: AlignmentType.START, style: { paragraph: { indent: INDENT } } }] },
      level: 0,
      custom: true,
    };
  }
}

/** Text always as text: a run is written as it was typed, never read as markup. */
const text = (value: string): TextRun => new TextRun({ text: value });
const labelled = (label: string, value: string): Paragraph => new Paragraph({ children: [new TextRun({ text: label, bold: true }), text(` ${value}`)] });

function attendanceLines(attendance: Attendee[], t: Texts): Paragraph[] {
  const named = (a: Attendee): string => (a.presence === 'remote' ? `${a.name} (${t.remote})` : a.presence === 'partTime' ? `${a.name} (${t.partTime(a.part)})` : a.name);
  const present = (group: Attendee['group']): string[] => attendance.filter((a) => a.group === group && a.presence !== 'absent').map(named);
  const rows: [string, string[], boolean][] = [
    [t.attendanceGroups.LG, present('LG'), true],
    [t.attendanceGroups.SG, present('SG'), false],
    [t.attendanceGroups.extra, present('extra'), false],
    [t.absent, attendance.filter((a) => a.presence === 'absent').map((a) => a.name), true],
  ];
  return rows.filter(([, names, always]) => always || names.length > 0).map(([label, names]) => labelled(`${label}:`, names.length > 0 ? names.join(', ') : t.nobody));
}

/** What the minutes say about an item: notes paragraph by paragraph, then decisions, actions, follow-ups and documents. */
function itemBody(item: PublishedItem, t: Texts, language: Locale, indent?: { left: number }): Paragraph[] {
  const paragraph = (children: ParagraphChild[]): Paragraph => new Paragraph({ children, ...(indent ? { indent } : {}) });
  const body: Paragraph[] = item.notes.map((note) => paragraph(note.split('\n').map((line, index) => new TextRun({ text: line, ...(index > 0 ? { break: 1 } : {}) }))));
  for (const decision of item.decisions) body.push(paragraph([new TextRun({ text: t.decision, bold: true }), text(` ${decision}`)]));
  for (const action of item.actions) {
    const due = action.due ? `, ${t.dueBy(formatLocalDate(action.due, language))}` : '';
    body.push(paragraph([new TextRun({ text: t.action, bold: true }), text(` ${action.what} – ${action.owner.name}${due}`)]));
  }
  for (const followUp of item.followUps) body.push(paragraph([text(t.takenUpAgain(formatDate(followUp.startsAt, language)))]));
  if (item.links.length > 0) {
    const links: ParagraphChild[] = [new TextRun({ text: t.documents, bold: true })];
    item.links.forEach((link, index) => {
      links.push(text(index === 0 ? ' ' : ', '));
      links.push(new ExternalHyperlink({ link: link.url, children: [new TextRun({ text: link.title || link.url, style: 'Hyperlink' })] }));
    });
    body.push(paragraph(links));
  }
  return body;
}

function numberedItem(item: PublishedItem, numbers: ItemNumbers, t: Texts, language: Locale): Paragraph[] {
  const heading = new Paragraph({ heading: HeadingLevel.HEADING_2, children: [text(item.title)], ...(item.number === undefined ? {} : { numbering: numbers.numbering(item.number) }) });
  const presenters = item.presenters.map((p) => p.name).join(', ');
  return [heading, ...(presenters ? [labelled(t.presenters, presenters)] : []), ...itemBody(item, t, language)];
}

/** Kort, kort: one numbered heading, each notice a bullet with the sender's initials and what was said about it. */
function notices(part: Extract<PublishedPart, { kind: 'notices' }>, numbers: ItemNumbers, t: Texts, language: Locale): Paragraph[] {
  const out = [new Paragraph({ heading: HeadingLevel.HEADING_2, children: [text(t.notices)], numbering: numbers.numbering(part.number) })];
  for (const item of part.items) {
    const initials = item.presenters.map((p) => p.initials).join(', ');
    out.push(new Paragraph({ numbering: { reference: BULLETS, level: 0 }, children: [text(initials ? `${item.title} (${initials})` : item.title)] }));
    out.push(...itemBody(item, t, language, { left: INDENT.left }));
  }
  return out;
}

/** The parts in the group's order, with "BESLUT – Inga beslutspunkter" where no item needed a decision. */
function body(snapshot: MinutesSnapshot, t: Texts, language: Locale): Paragraph[] {
  const numbers = new ItemNumbers();
  const out: Paragraph[] = [];
  const hasDecisions = snapshot.parts.some((p) => p.kind === 'section' && p.section === 'beslut');
  const firstTopical = snapshot.parts.findIndex((p) => p.kind !== 'fixed');
  snapshot.parts.forEach((part, index) => {
    if (!hasDecisions && (index === firstTopical || (firstTopical === -1 && index === snapshot.parts.length - 1))) {
      out.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [text(t.sections.beslut)] }), new Paragraph({ children: [text(t.noDecisionItems)] }));
    }
    if (part.kind === 'notices') {
      out.push(...notices(part, numbers, t, language));
      return;
    }
    if (part.kind === 'section') out.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [text(t.sections[part.section])] }));
    for (const item of part.items) out.push(...numberedItem(item, numbers, t, language));
  });
  return out;
}

/**
 * Published minutes as a Word document in the group's own layout: the group's name,
 * the meeting's date, time and place, who attended by group, the items numbered as on
 * the agenda under their sections with notes, "Beslut:" lines, actions and follow-ups,
 * and "Vid anteckningarna" last. Headings use Word's own styles and item numbers are
 * Word list numbers, so the navigation pane, LibreOffice and screen readers see the
 * structure. Everything typed goes in as text runs, never interpreted.
 */
export async function minutesDocx(snapshot: MinutesSnapshot, language: Locale, version?: VersionNote): Promise<Buffer> {
  const t = messages(language).document;
  const { meeting } = snapshot;
  const day = isoDate(toStockholm(new Date(meeting.startsAt)));
  const header: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [text(snapshot.groupName)] }),
    new Paragraph({ children: [text(t.when(formatDateCapitalized(meeting.startsAt, language), formatTimeRange(meeting.startsAt, meeting.endsAt, language)))] }),
    new Paragraph({ children: [text(t.place(meeting.place))] }),
    ...(version ? [new Paragraph({ children: [text(t.version(version.number, formatDate(version.publishedAt, language)))] })] : []),
    ...(version?.reason ? [new Paragraph({ children: [text(t.correction(version.reason))] })] : []),
    ...attendanceLines(snapshot.attendance, t),
  ];
  const closing = snapshot.takenBy ? [new Paragraph({ spacing: { before: 480 } }), labelled(t.takenBy, snapshot.takenBy.name)] : [];
  const document = new Document({
    title: t.title(snapshot.groupName, day),
    subject: t.subject,
    ...(snapshot.takenBy ? { creator: snapshot.takenBy.name, lastModifiedBy: snapshot.takenBy.name } : {}),
    styles: { default: { document: { run: { font: 'Calibri', size: 22, language: { value: language === 'sv' ? 'sv-SE' : 'en-GB' } }, paragraph: { spacing: { after: 120 } } } } },
    numbering: { config: [{ reference: BULLETS, levels: [{ level: 0, format: LevelFormat.BULLET, text: '\u2022', alignment: AlignmentType.START, style: { paragraph: { indent: { left: 567, hanging: 283 } } } }] }] },
    sections: [{ children: [...header, ...body(snapshot, t, language), ...closing] }],
  });
  return Packer.toBuffer(document);
}

import { strFromU8, unzipSync } from 'fflate';

/**
 * Reads a .docx back as a reader sees it: the paragraphs of word/document.xml in
 * order, each with its style and its text, and a list paragraph with the number or
 * bullet Word puts before it (worked out from word/numbering.xml as Word counts:
 * per abstract list, from its level's start). Office Open XML, ECMA-376 Part 1,
 * §17.9 (numbering): https://learn.microsoft.com/en-us/dotnet/api/documentformat.openxml.wordprocessing.numbering
 */
export interface DocxParagraph {
  style?: string;
  /** "3." for an item, "•" for a bullet. */
  label?: string;
  text: string;
}

export interface DocxContent {
  paragraphs: DocxParagraph[];
  /** docProps/core.xml: the document's properties. */
  title?: string;
  creator?: string;
  /** Every part in the package, by name. */
  parts: string[];
  xml(part: string): string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (text: string): string => text.replace(/&(#x?[0-9a-fA-F]+|amp|lt|gt|quot|apos);/g, (_m, e: string) => (e.startsWith('#x') ? String.fromCodePoint(parseInt(e.slice(2), 16)) : e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : ENTITIES[e]!));
const attr = (xml: string, element: string): string | undefined => new RegExp(`<w:${element}\\b[^>]*\\bw:val="([^"]*)"`).exec(xml)?.[1];

interface Level {
  start: number;
  format: string;
  text: string;
}

function numberingOf(xml: string): { levelOf(numId: string): { abstractId: string; level: Level } | undefined } {
  const abstracts = new Map<string, Level>();
  for (const [, id, body] of xml.matchAll(/<w:abstractNum\b[^>]*w:abstractNumId="(\d+)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g)) {
    const level0 = /<w:lvl\b[^>]*w:ilvl="0"[^>]*>([\s\S]*?)<\/w:lvl>/.exec(body!)?.[1] ?? '';
    abstracts.set(id!, { start: Number(attr(level0, 'start') ?? 1), format: attr(level0, 'numFmt') ?? 'decimal', text: decode(attr(level0, 'lvlText') ?? '%1.') });
  }
  const nums = new Map<string, { abstractId: string; start?: number }>();
  for (const [, id, body] of xml.matchAll(/<w:num\b[^>]*w:numId="(\d+)"[^>]*>([\s\S]*?)<\/w:num>/g)) {
    const override = /<w:startOverride\b[^>]*w:val="(\d+)"/.exec(body!)?.[1];
    nums.set(id!, { abstractId: attr(body!, 'abstractNumId')!, ...(override ? { start: Number(override) } : {}) });
  }
  return {
    levelOf: (numId) => {
      const num = nums.get(numId);
      const level = num && abstracts.get(num.abstractId);
      return num && level ? { abstractId: num.abstractId, level: { ...level, ...(num.start !== undefined ? { start: num.start } : {}) } } : undefined;
    },
  };
}

export function readDocx(file: Uint8Array): DocxContent {
  const zip = unzipSync(file);
  const xml = (part: string): string => {
    const bytes = zip[part];
    if (!bytes) throw new Error(`no ${part} in the package`);
    return strFromU8(bytes);
  };
  const numbering = zip['word/numbering.xml'] ? numberingOf(xml('word/numbering.xml')) : undefined;
  const counters = new Map<string, number>();
  const paragraphs: DocxParagraph[] = [];
  for (const [, body] of xml('word/document.xml').matchAll(/<w:p\b[^>]*?(?:\/>|>([\s\S]*?)<\/w:p>)/g)) {
    const content = body ?? '';
    const properties = /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(content)?.[1] ?? '';
    const style = attr(properties, 'pStyle');
    const runs = content.replace(/<w:pPr>[\s\S]*?<\/w:pPr>/, '');
    const text = [...runs.matchAll(/<w:t\b[^>]*>([\s\S]*?)<\/w:t>|<w:t\b[^>]*\/>|<w:br\b[^>]*\/>|<w:tab\b[^>]*\/>/g)]
      .map(([tag, inner]) => (tag.startsWith('<w:br') ? '\n' : tag.startsWith('<w:tab') ? '\t' : decode(inner ?? '')))
      .join('');
    let label: string | undefined;
    const numId = /<w:numPr>[\s\S]*?<w:numId\b[^>]*w:val="(\d+)"/.exec(properties)?.[1];
    const list = numId && numbering?.levelOf(numId);
    if (list) {
      if (list.level.format === 'bullet') label = list.level.text;
      else {
        const n = counters.has(list.abstractId) ? counters.get(list.abstractId)! + 1 : list.level.start;
        counters.set(list.abstractId, n);
        label = list.level.text.replace('%1', String(n));
      }
    }
    paragraphs.push({ ...(style ? { style } : {}), ...(label ? { label } : {}), text });
  }
  const core = zip['docProps/core.xml'] ? xml('docProps/core.xml') : '';
  const property = (name: string): string | undefined => {
    const found = new RegExp(`<dc:${name}>([\\s\\S]*?)</dc:${name}>`).exec(core)?.[1];
    return found === undefined ? undefined : decode(found);
  };
  return { paragraphs, title: property('title'), creator: property('creator'), parts: Object.keys(zip), xml };
}

/** The document as lines of text, as a reader would read it: "3. Budget", "• Notice (SL)", "Beslut: …". */
export const docxLines = (content: DocxContent): string[] => content.paragraphs.map((p) => (p.label ? `${p.label} ${p.text}` : p.text)).filter((line) => line.trim() !== '');

import fs from 'node:fs';
import path from 'node:path';
import { messages } from '../../../bot/src/i18n';

/**
 * Every text in the catalogue is used somewhere, so a renamed or removed feature
 * does not leave stale Swedish behind. Groups looked up by a code (errors, sections,
 * roles…) are typed against their codes instead and are checked by the compiler.
 */
const LOOKED_UP_BY_CODE = new Set(['errors', 'sections', 'sectionChoice', 'statuses', 'roles', 'memberships', 'usage', 'tabApi']);

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'i18n' ? [] : sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

describe('the message catalogue', () => {
  const files = sourceFiles(path.resolve(__dirname, '../../../bot/src')).map((f) => fs.readFileSync(f, 'utf8'));
  const catalogue = messages('sv') as unknown as Record<string, Record<string, unknown>>;
  const keys = Object.entries(catalogue)
    .filter(([group]) => !LOOKED_UP_BY_CODE.has(group))
    .flatMap(([group, entries]) => Object.keys(entries).map((key) => [group, key] as const));

  // A file that reaches the group (`messages(locale).agenda`, `t.agenda`) and reads the key from it.
  it.each(keys)('uses %s.%s', (group, key) => {
    const users = files.filter((text) => new RegExp(`\\.${group}\\b`).test(text) && new RegExp(`\\.${key}\\b`).test(text));
    expect(users.length).toBeGreaterThan(0);
  });

  it('has the same texts in Swedish and English', () => {
    const shape = (m: Record<string, unknown>) => Object.entries(m).map(([group, entries]) => [group, Object.keys(entries as object).sort()]);
    expect(shape(messages('en') as unknown as Record<string, unknown>)).toEqual(shape(catalogue));
  });
});

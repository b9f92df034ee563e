import fs from 'node:fs';
import path from 'node:path';
import { Database, DRIVER } from '../../../../bot/src/stores/sqlite/driver';

describe('the SQLite driver', () => {
  const major = Number(process.versions.node.split('.')[0]);

  it('is the Node-API build (13) on Node 22 and later, and 12 on Node 20', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(path.dirname(require.resolve(`${DRIVER}/package.json`)), 'package.json'), 'utf8')) as { version: string };
    expect(Number(manifest.version.split('.')[0])).toBe(major >= 22 ? 13 : 12);
  });

  it('opens a database and reads back what it wrote', () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE t (x TEXT)');
    db.prepare('INSERT INTO t VALUES (?)').run('Åsa');
    expect(db.prepare('SELECT x FROM t').get()).toEqual({ x: 'Åsa' });
    db.close();
  });
});

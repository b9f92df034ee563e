// Runs a TypeScript benchmark: bundles it (and its helper processes) with esbuild, then starts it.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const name = process.argv[2];
if (!name) {
  console.error('usage: node tests/bench/run.mjs <benchmark> [args…]');
  process.exit(2);
}
const outdir = path.resolve(here, '../../dist/bench');
await build({
  entryPoints: [path.join(here, `${name}.ts`), path.join(here, 'echoBot.ts')],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  packages: 'external',
  outdir,
  logLevel: 'warning',
});
const result = spawnSync(process.execPath, [path.join(outdir, `${name}.js`), ...process.argv.slice(3)], { stdio: 'inherit' });
process.exit(result.status ?? 1);

// Builds the tab into dist/tab, which the server serves under /tab/: one ES module entry,
// code-split chunks for the pages opened less often, minified with React's production build.
import { build } from 'esbuild';
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.resolve(here, '../dist/tab');
await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
const result = await build({
  entryPoints: { main: path.join(here, 'src/main.tsx') },
  bundle: true,
  format: 'esm',
  splitting: true,
  minify: true,
  sourcemap: true,
  target: ['es2020'],
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"' },
  outdir: out,
  // Hashed names: a cached file never pairs with another build's chunks; only index.html is revalidated.
  entryNames: '[name]-[hash]',
  chunkNames: 'chunks/[name]-[hash]',
  metafile: true,
  legalComments: 'linked',
  logLevel: 'warning',
});
const [main, { imports }] = Object.entries(result.metafile.outputs).find(([, output]) => output.entryPoint?.endsWith('src/main.tsx'));
const url = (file) => `/tab/${path.relative(out, path.resolve(file))}`;
// The chunks main imports statically are fetched beside it rather than after it has been parsed.
const preloads = imports.filter((i) => i.kind === 'import-statement').map((i) => `    <link rel="modulepreload" href="${url(i.path)}" />`);
const html = await readFile(path.join(here, 'src/index.html'), 'utf8');
await writeFile(path.join(out, 'index.html'), html.replace('/tab/main.js', url(main)).replace('    <!-- modulepreload -->', preloads.join('\n')));
await copyFile(path.join(here, 'src/main.css'), path.join(out, 'main.css'));
if (process.argv.includes('--sizes')) {
  for (const [file, { bytes }] of Object.entries(result.metafile.outputs)) if (file.endsWith('.js')) console.log(`${(bytes / 1024).toFixed(1).padStart(8)} KB  ${path.relative(out, file)}`);
}

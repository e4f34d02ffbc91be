// Builds every entry of src/entries/ in ONE esbuild pass: dist/<entry>/index.js is a small ESM file, the code the
// entries share is stored once in dist/chunks/, each check's code in its own chunks that are loaded only when that
// check runs. dist/licenses.txt holds the licence of every bundled package. Why esbuild and not ncc: README
// "Development". The output depends only on the sources and the lockfile (no cache, no absolute paths).
import { build, type Metafile, type Plugin } from 'esbuild';
import { chmodSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { licenceNotices } from './licences.ts';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');
const entries = readdirSync(join(root, 'src/entries'))
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.slice(0, -3))
  .sort();
if (process.argv.length > 2) console.log('(one pass builds every entry: the entries share their chunks)');

// CommonJS packages inside an ES module call require() for Node's built-ins: give every output file one.
const banner = "import{createRequire as __cjsRequire}from'node:module';const require=__cjsRequire(import.meta.url);";

/** @actions/core's OIDC client (never used here) is replaced by .ci/stubs/actions-core-oidc.js: see that file. */
const withoutOidc: Plugin = {
  name: 'without-oidc',
  setup(b) {
    b.onResolve({ filter: /^\.\/oidc-utils\.js$/ }, (args) =>
      args.importer.includes('/node_modules/@actions/core/')
        ? { path: join(root, '.ci/stubs/actions-core-oidc.js') }
        : undefined,
    );
  },
};

const started = Date.now();
rmSync(dist, { recursive: true, force: true });
const result = await build({
  absWorkingDir: root,
  entryPoints: Object.fromEntries(entries.map((e) => [`${e}/index`, `src/entries/${e}.ts`])),
  outdir: 'dist',
  chunkNames: 'chunks/[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node24',
  minify: true,
  legalComments: 'none',
  charset: 'utf8',
  banner: { js: banner },
  metafile: true,
  logLevel: 'warning',
  plugins: [withoutOidc],
});
writeFileSync(join(dist, 'package.json'), '{ "type": "module" }\n');
writeFileSync(join(dist, 'licenses.txt'), licenceNotices(root, bundledFiles(result.metafile)));
chmodSync(join(dist, 'cli/index.js'), 0o755);
console.log(`built ${entries.map((e) => `dist/${e}/index.js`).join(', ')} in ${Date.now() - started} ms`);

/** Every input file that ended up in some output (a package imported but tree-shaken away owes no notice). */
function bundledFiles(meta: Metafile): string[] {
  const used = new Set<string>();
  for (const out of Object.values(meta.outputs))
    for (const [file, { bytesInOutput }] of Object.entries(out.inputs)) if (bytesInOutput > 0) used.add(file);
  return [...used];
}

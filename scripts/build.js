// Builds the server and CLI (src -> dist, one file per module; the CLI also as a bundle of those files,
// dist/cli-bundle) and the web app (web -> web/dist).
// kysely and zod ship as hundreds of small ES modules each; every CLI command would spend most of its
// start-up resolving them, so each is bundled once into dist/vendor/ and dist imports that file.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const only = process.argv[2];

function listFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? listFiles(full) : [full];
  });
}

const VENDORED = ['kysely', 'zod'];

/**
 * Leaves every import as it is written except the vendored packages, which point at their bundle:
 * each source file still becomes one output file, so paths taken from import.meta keep working.
 */
const vendorImports = {
  name: 'vendor-imports',
  setup(b) {
    b.onResolve({ filter: /.*/ }, (args) => {
      if (args.kind === 'entry-point') return undefined;
      if (!VENDORED.includes(args.path)) return { path: args.path, external: true };
      const from = path.dirname(path.join(root, 'dist', path.relative(path.join(root, 'src'), args.importer)));
      const target = path.relative(from, path.join(root, 'dist', 'vendor', `${args.path}.js`)).split(path.sep).join('/');
      return { path: target.startsWith('.') ? target : `./${target}`, external: true };
    });
  },
};

async function buildServer() {
  const files = listFiles(path.join(root, 'src'));
  const entryPoints = files.filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.endsWith('.d.ts'));
  fs.rmSync(path.join(root, 'dist'), { recursive: true, force: true });
  const common = { platform: 'node', format: 'esm', target: 'node20', sourcemap: 'linked', logLevel: 'warning' };
  await build({
    ...common,
    entryPoints: Object.fromEntries(VENDORED.map((name) => [name, name])),
    outdir: path.join(root, 'dist', 'vendor'),
    bundle: true,
  });
  await build({
    ...common,
    entryPoints,
    outdir: path.join(root, 'dist'),
    outbase: path.join(root, 'src'),
    bundle: true,
    plugins: [vendorImports],
  });
  // Plain files beside the code (worker scripts, data) are copied as they are.
  for (const file of files.filter((f) => !f.endsWith('.ts'))) {
    const target = path.join(root, 'dist', path.relative(path.join(root, 'src'), file));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(file, target);
  }
  await buildCliBundle(common);
}

/**
 * The `tpmprep` command starts from a bundle of dist/ (dist/cli-bundle/main.js, with a chunk for each
 * part a command loads when it runs): resolving and reading some two hundred files took a fifth of
 * every command's start-up. The server, the workers and the tests keep using the files in dist/.
 * A module that finds files from import.meta.url (worker scripts, content, package.json) keeps the
 * URL of its own file in dist/, so every path it builds is the same as in the unbundled build.
 */
async function buildCliBundle(common) {
  const dist = path.join(root, 'dist');
  const outdir = path.join(dist, 'cli-bundle');
  const ownUrl = {
    name: 'own-import-meta-url',
    setup(b) {
      b.onLoad({ filter: /\.js$/ }, (args) => {
        const text = fs.readFileSync(args.path, 'utf8');
        if (!text.includes('import.meta.url')) return undefined;
        const own = path.relative(outdir, args.path).split(path.sep).join('/');
        return { contents: text.replaceAll('import.meta.url', `new URL(${JSON.stringify(own)}, import.meta.url).href`), loader: 'js' };
      });
    },
  };
  await build({
    ...common,
    entryPoints: { main: path.join(dist, 'cli', 'main.js') },
    outdir,
    bundle: true,
    splitting: true,
    packages: 'external',
    plugins: [ownUrl],
  });
}

function buildWeb() {
  const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  if (!fs.existsSync(vite)) {
    console.warn('vite is not installed (production install?): keeping the existing web/dist');
    return;
  }
  const result = spawnSync(process.execPath, [vite, 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (only !== 'web') await buildServer();
if (only !== 'server') buildWeb();

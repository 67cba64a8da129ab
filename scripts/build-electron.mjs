// Bundles the main process and the preload with esbuild into CommonJS (.cjs, because the package
// is "type": "module" and Electron loads main and a sandboxed preload as CommonJS). Everything
// but `electron` is bundled, so the packaged app needs no node_modules.
import { build } from 'esbuild';
import { copyFile, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}dist/electron`;

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['electron'],
  sourcemap: true,
  logLevel: 'warning',
  metafile: true,
};

await rm(outdir, { recursive: true, force: true });

const [main, preload] = await Promise.all([
  build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist/electron/main.cjs' }),
  build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist/electron/preload.cjs' }),
]);

// A sandboxed preload can require nothing but 'electron'; a library slipping in (zod through a
// careless import) would bloat it and widen what runs beside the page. Fail the build instead.
const preloadInputs = Object.keys(preload.metafile.inputs);
const foreign = preloadInputs.filter((input) => input.includes('node_modules'));
if (foreign.length > 0) {
  console.error(`The preload must import only 'electron' and @shared/channels, but bundles:\n  ${foreign.join('\n  ')}`);
  process.exit(1);
}

// The tray icon is loaded from beside main.cjs at run time (electron/consoleServices.ts), inside
// app.asar once packaged; electron-builder packs it with the rest of dist/.
await copyFile(`${root}build/icon.png`, `${outdir}/tray.png`);

const size = (result) => Object.values(result.metafile.outputs).reduce((sum, out) => sum + (out.bytes ?? 0), 0);
console.log(
  `electron: main ${(size(main) / 1024).toFixed(0)} KiB, preload ${(size(preload) / 1024).toFixed(1)} KiB (with source maps) + tray.png → dist/electron`,
);

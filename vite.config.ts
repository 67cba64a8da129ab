// Builds the renderer once for both hosts: Electron loads it over app://, the browser host
// over http. `base: './'` keeps asset URLs relative so either origin works.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  define: { __APP_VERSION__: JSON.stringify(version) },
  resolve: { alias: { '@shared': fileURLToPath(new URL('./shared', import.meta.url)) } },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    // For a performance profile (scripts/profile.mjs): readable function names and source maps.
    ...(process.env.BENCH_NO_MINIFY ? { minify: false, sourcemap: true } : {}),
    // The benchmark page is built only for `npm run bench`, never into the product.
    rollupOptions: {
      input: {
        main: fileURLToPath(new URL('./renderer/index.html', import.meta.url)),
        ...(process.env.BENCH ? { bench: fileURLToPath(new URL('./renderer/bench/index.html', import.meta.url)) } : {}),
      },
    },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});

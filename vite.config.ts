// Builds the renderer once for both hosts: Electron loads it over app://, the browser host
// over http. `base: './'` keeps asset URLs relative so either origin works.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  resolve: { alias: { '@shared': fileURLToPath(new URL('./shared', import.meta.url)) } },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});

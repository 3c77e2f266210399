import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The sitrep dashboard: built to web/dist (`npm run build:web`), served by `sitrep serve`. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1000,
  },
  server: {
    // `npm run dev:web` with `sitrep serve --port 8080` running: the API is proxied.
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
});

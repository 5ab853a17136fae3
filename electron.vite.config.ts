import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          // Exports render in a worker thread so the window never freezes: out/main/export-worker.js.
          'export-worker': resolve(__dirname, 'src/main/services/export/export-worker.ts'),
          // Imports of programme text and catalogues too: out/main/import-worker.js.
          'import-worker': resolve(__dirname, 'src/main/services/catalogue-import/import-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      rollupOptions: { input: { index: resolve(__dirname, 'src/preload/index.ts') } },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    build: {
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } },
    },
    plugins: [react()],
  },
});

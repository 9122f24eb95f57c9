import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  // The one way the web reaches server code: the API contract and the few helpers both sides use.
  resolve: { alias: { '@shared': path.resolve(import.meta.dirname, '../src/shared') } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Only the matched modules move; what they import (React) stays where it was.
          includeDependenciesRecursively: false,
          // CodeMirror is most of the app's weight: one chunk, named for what it is, loaded with a coding page.
          groups: [{ name: 'code-editor', test: /node_modules[\\/](@codemirror|codemirror|@lezer|crelt|style-mod|w3c-keyname)[\\/]|features[\\/]code[\\/]code-(editor|theme)/ }],
        },
      },
    },
  },
  server: {
    // The API answers only its own Host and Origin (see src/server/request-guard.ts): the dev proxy
    // presents its requests as the API's own; Vite itself refuses foreign hosts and origins.
    proxy: {
      '/api': {
        target: 'http://127.0.0.1:3000',
        changeOrigin: true,
        configure: (proxy) => {
          proxy.on('proxyReq', (request) => {
            if (request.getHeader('origin')) request.setHeader('origin', 'http://127.0.0.1:3000');
          });
        },
      },
    },
  },
});

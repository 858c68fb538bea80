import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { META_POLICY } from './src/config/csp';

/**
 * The build's index.html carries the static part of the Content-Security-Policy (no inline
 * script, no eval, same-origin scripts, styles and workers). The dev server is left without
 * it: React's fast refresh needs an inline script there.
 */
const cspMeta = {
  name: 'csp-meta',
  apply: 'build' as const,
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: META_POLICY },
      injectTo: 'head-prepend' as const,
    },
  ],
};

// One build serves every deployment: runtime settings come from public/config.json.
export default defineConfig({
  plugins: [react(), cspMeta],
  base: './',
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
  },
  worker: { format: 'es' },
});

import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The bare page the benchmarks compare the dashboard with: the same libraries and the
 * dashboard's build settings (target, source maps, relative base). Built by the bench
 * (tests/bench/baseline/build.ts, which sets the output directory and copies the boundaries).
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  publicDir: false,
  plugins: [react()],
  base: './',
  build: {
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 4000,
  },
});

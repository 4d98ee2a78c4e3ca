/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The ASP.NET Host listens here in development (see launchSettings.json of TopLeft.Host).
const backend = process.env.TOPLEFT_BACKEND ?? 'http://localhost:5080';

export default defineConfig({
  plugins: [react()],
  build: {
    // The Host serves wwwroot with an SPA fallback to index.html.
    outDir: '../wwwroot',
    emptyOutDir: true,
    sourcemap: true,
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      '/api': { target: backend, changeOrigin: false },
      '/hubs': { target: backend, changeOrigin: false, ws: true },
      '/health': { target: backend, changeOrigin: false },
    },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/test/setup.ts'],
    css: false,
    restoreMocks: true,
    include: ['src/**/*.test.{ts,tsx}'],
    // Page tests render whole routes in jsdom; on a busy CI machine one can take longer than vitest's 5 s default.
    // This bounds a hung test, it measures nothing.
    testTimeout: 20_000,
  },
});

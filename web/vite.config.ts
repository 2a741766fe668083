import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The analyst UI. `npm run build` builds it into web/dist, which `clearance serve` serves at /.
 * `npm run web:dev` serves it with hot reload and sends API calls to a `clearance serve` on :8080.
 */
const api = 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 1000 },
  server: { proxy: { '/v1': api, '/ready': api, '/health': api } },
});

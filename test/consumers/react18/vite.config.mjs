import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Built with React's development build (NODE_ENV=development in the npm script)
// so React 18 reports any incompatibility as a console error in the browser.
export default defineConfig({
  plugins: [react()],
  build: { chunkSizeWarningLimit: 5000, minify: false },
});

import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The Go server embeds dist/ (see embed.go) and serves it; in development
// Vite serves the app and forwards the API and sign-in to a server on :8080.
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsDir: 'assets',
    sourcemap: false,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate files let
        // browsers keep them across deploys.
        codeSplitting: {
          groups: [
            // A group also takes the modules its own modules import, so the
            // order matters: React and Mantine's core go first, or the
            // charts group would take them (react/jsx-runtime,
            // @mantine/core) and every page would preload the charts.
            { name: 'react', priority: 3, test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/ },
            { name: 'mantine', priority: 2, test: /node_modules[\\/]@mantine[\\/](?!charts[\\/])/ },
            // The charts are only on the insights and report pages: their
            // own file, loaded when such a page is first opened.
            { name: 'charts', priority: 1, test: /node_modules[\\/](@mantine[\\/]charts|recharts|d3-[^\\/]+|victory-vendor)[\\/]/ },
            { name: 'vendor', test: /node_modules[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      // ws: subscriptions use a WebSocket here. Keep the browser's Origin
      // and Host (no changeOrigin): the server refuses a socket whose
      // Origin differs from its Host.
      '/graphql': { target: 'http://localhost:8080', ws: true },
      '/auth': { target: 'http://localhost:8080' },
      '/dev-idp': { target: 'http://localhost:8080' },
    },
  },
});

import { defineConfig } from 'vitest/config';

// In Development the ASP.NET Core app proxies the page to this server (port 5173) and answers /api itself.
export default defineConfig({
  server: { port: 5173, strictPort: true },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Leaflet's marker images and fonts must ship with the app: the map works offline.
    assetsInlineLimit: 0,
    target: 'es2022',
    // Every browser that runs ES2022 knows modulepreload; the polyfill would only add bytes to the first view.
    modulePreload: { polyfill: false },
    // Two pages: the full map, and the small embed page that iframes load (no builder, compare or table code).
    rollupOptions: { input: { main: 'index.html', embed: 'embed.html' } },
  },
  test: {
    environment: 'happy-dom',
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup.ts'],
  },
});

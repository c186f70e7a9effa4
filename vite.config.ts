import type { HtmlTagDescriptor, Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * The entry is small and loads Phaser with a dynamic import, so that the fonts and the map
 * start downloading at once. These hints let the browser fetch Phaser and the fonts straight
 * from the page, in parallel with the entry.
 */
function preloadCriticalAssets(): Plugin {
  return {
    name: 'mediator:preload-critical-assets',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const tags: HtmlTagDescriptor[] = [];
        for (const file of Object.keys(context.bundle ?? {})) {
          if (/^assets\/phaser-[\w-]+\.js$/.test(file)) {
            tags.push({
              tag: 'link',
              attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` },
              injectTo: 'head',
            });
          } else if (/latin-(400|700)-normal-[\w-]+\.woff2$/.test(file)) {
            tags.push({
              tag: 'link',
              attrs: {
                rel: 'preload',
                as: 'font',
                type: 'font/woff2',
                crossorigin: true,
                href: `./${file}`,
              },
              injectTo: 'head',
            });
          }
        }
        return tags;
      },
    },
  };
}

export default defineConfig({
  // Relative asset paths let the built site run from any sub-folder of a static host.
  base: './',
  plugins: [preloadCriticalAssets()],
  build: {
    target: 'es2022',
    rollupOptions: {
      output: {
        manualChunks(id) {
          if (id.includes('node_modules/phaser')) return 'phaser';
          return undefined;
        },
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/browser/**'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          globalSetup: ['test/browser/global-setup.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});

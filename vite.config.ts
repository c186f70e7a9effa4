import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { transform as transformCss } from 'lightningcss';
import { minify, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { CONTENT_SECURITY_POLICY } from './src/pwa/content-security-policy.ts';

/**
 * The title needs only the entry, the fonts and the built-in scenarios (assets/scenarios/*.json,
 * not the archived versions): these hints fetch the fonts and the scenarios straight from the
 * page, in parallel with the entry. The rest of the game (Phaser included) is fetched once the
 * title takes input.
 */
function preloadTitleNeeds(): Plugin {
  const builtInScenario = /^assets\/scenarios\/[\w-]+\.json$/;
  return {
    name: 'mediator:preload-title-needs',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const bundle = Object.values(context.bundle ?? {});
        const fonts = bundle
          .filter((file) => /latin-(400|700)-normal-[\w-]+\.woff2$/.test(file.fileName))
          .map((file) => ({ as: 'font', type: 'font/woff2', href: file.fileName }));
        const scenarios = bundle
          .filter(
            (file) =>
              file.type === 'asset' &&
              file.originalFileNames.some((name) => builtInScenario.test(name)),
          )
          .map((file) => ({ as: 'fetch', type: 'application/json', href: file.fileName }));
        return [...fonts, ...scenarios].map(({ as, type, href }) => ({
          tag: 'link',
          attrs: { rel: 'preload', as, type, crossorigin: true, href: `./${href}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

/**
 * Puts the policy in the built page. The development server is left without it, since it
 * injects styles inline to update them live.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'mediator:content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/** Every file under a folder, as paths relative to it with forward slashes. */
async function filesUnder(dir: string, root = dir): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const nested = await Promise.all(
    entries.map((entry) => {
      const path = join(dir, entry.name);
      return entry.isDirectory()
        ? filesUnder(path, root)
        : [relative(root, path).split(sep).join('/')];
    }),
  );
  return nested.flat();
}

/**
 * Emits sw.js, the service worker that makes the game playable offline: the template in
 * src/pwa/ with the list of every file of the build (the bundle and the files copied from
 * public/) and a version hashed from their names and contents, so each release gets a fresh
 * cache.
 */
function precacheServiceWorker(): Plugin {
  let root = '';
  let publicDir = '';
  return {
    name: 'mediator:precache-service-worker',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      publicDir = config.build.copyPublicDir ? config.publicDir : '';
    },
    generateBundle: {
      // After the HTML plugin, so that index.html is in the bundle too.
      order: 'post',
      async handler(_options, bundle) {
        const contents = new Map<string, string | Uint8Array>();
        for (const [file, output] of Object.entries(bundle)) {
          contents.set(file, output.type === 'chunk' ? output.code : output.source);
        }
        for (const file of publicDir ? await filesUnder(publicDir) : []) {
          if (!contents.has(file)) contents.set(file, await readFile(join(publicDir, file)));
        }
        const files = [...contents.keys()].filter((file) => file !== 'sw.js').sort();
        const hash = createHash('sha256');
        for (const file of files) hash.update(`${file}\0`).update(contents.get(file) ?? '');
        const template = await readFile(resolve(root, 'src/pwa/service-worker.js'), 'utf8');
        const worker = await minify(
          'sw.js',
          template
            .replace("'__VERSION__'", JSON.stringify(hash.digest('hex').slice(0, 16)))
            .replace('__PRECACHE__', JSON.stringify(files)),
        );
        if (worker.errors.length > 0) throw new Error(`sw.js: ${worker.errors[0]?.message}`);
        this.emitFile({
          type: 'asset',
          fileName: 'sw.js',
          source: worker.code,
        });
      },
    },
  };
}

/**
 * Minifies the style sheets that public/ holds under fixed names (the theme, shared with the
 * guide, and the guide's own), as the build does for the game's: it copies public/ as it is.
 */
function minifyPublicStyles(): Plugin {
  let outDir = '';
  return {
    name: 'mediator:minify-public-styles',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async writeBundle() {
      for (const file of ['theme.css', 'guide.css']) {
        const path = join(outDir, file);
        const code = await readFile(path).catch(() => null);
        if (!code) continue;
        await writeFile(path, transformCss({ filename: file, code, minify: true }).code);
      }
    },
  };
}

export default defineConfig({
  // Relative asset paths let the built site run from any sub-folder of a static host.
  base: './',
  plugins: [
    contentSecurityPolicy(),
    preloadTitleNeeds(),
    precacheServiceWorker(),
    minifyPublicStyles(),
  ],
  build: {
    target: 'es2022',
    // One style sheet for every screen: it compresses to 3.7 kB less than one sheet a screen
    // (the screens share most of their rules), and the title, which loads it, is still quick.
    cssCodeSplit: false,
    modulePreload: { polyfill: false },
    // Two chunks of our own: the game (the title, the model and every screen's DOM, 12 kB less
    // gzipped than a chunk a screen, since the screens share words and helpers, and the title still
    // boots at about half a bare Phaser page), and the drawn table's stage, which imports Phaser and
    // so is fetched with it, after the title.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'phaser', test: /node_modules[\\/]phaser/, priority: 2 },
            {
              name: 'game',
              test: /[\\/]src[\\/](?!game[\\/](phaser-stage|render-on-demand)|scenes[\\/](table-stage|stage[\\/]))/,
              priority: 1,
            },
          ],
        },
      },
    },
  },
  test: {
    // One worker a core, no more: each worker of browser tests also drives a Chromium.
    maxWorkers: availableParallelism(),
    // Every check of something the page updates later retries until it holds; on a loaded
    // machine a screen change can take seconds, so wait up to 20 s before calling it a failure.
    expect: { poll: { timeout: 20_000, interval: 100 } },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/browser/**'],
          environment: 'node',
          setupFiles: ['test/fast-check-seed.ts', 'test/scenario-files.ts'],
          // Most tests take milliseconds; the heavy ones set their own limits (time-limits.ts).
          testTimeout: 20_000,
          // The model is pure and its caches are keyed by value: files share one module graph per
          // worker instead of importing it afresh each (a fifth of the unit project's time).
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          globalSetup: ['test/browser/global-setup.ts'],
          setupFiles: ['test/scenario-files.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // Files keep no state of their own in modules: they share one module graph per worker
          // rather than loading Playwright afresh each, and one Chromium per renderer
          // (chromium.ts useChrome), each file closing the contexts it opened.
          isolate: false,
        },
      },
    ],
  },
});

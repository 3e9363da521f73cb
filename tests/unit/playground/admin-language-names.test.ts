import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { build, type Plugin as EsbuildPlugin } from 'esbuild';

import {
  addLanguageNames,
  EXTRA_LANGUAGE_NAMES,
  LANGUAGE_NAMES_MODULE,
  languageNames,
} from '../../../playground/src/admin/languageNames';

/**
 * The playground's Vite plugin against the real @strapi/admin 5.54 files: the profile page's
 * language table gains Azerbaijani, in the production build (Vite transform) and in
 * `strapi develop` (esbuild's dependency pre-bundling).
 */

const ADMIN_DIST = path.dirname(require.resolve('@strapi/admin/package.json'));
const TABLE = path.join(ADMIN_DIST, 'dist', 'admin', 'admin', 'src', 'translations');
const ESM = path.join(TABLE, 'languageNativeNames.mjs');
const CJS = path.join(TABLE, 'languageNativeNames.js');

type Table = Record<string, string>;

/** Loads a CommonJS module from source text (written to a temp file). */
const loadCjs = (source: string): { languageNativeNames: Table } => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-langs-'));
  const file = path.join(dir, 'table.js');
  try {
    fs.writeFileSync(file, source);
    return jest.requireActual(file);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
};

describe('the admin language names (playground/src/admin)', () => {
  it('Strapi’s own table lacks az — the reason this exists', () => {
    const { languageNativeNames } = loadCjs(fs.readFileSync(CJS, 'utf8'));
    expect(languageNativeNames.az).toBeUndefined();
    expect(languageNativeNames.en).toBe('English');
  });

  it('adds Azerbaijani to the CommonJS table and keeps every other language', () => {
    const original = loadCjs(fs.readFileSync(CJS, 'utf8')).languageNativeNames;
    const { languageNativeNames } = loadCjs(
      addLanguageNames(fs.readFileSync(CJS, 'utf8'), EXTRA_LANGUAGE_NAMES)
    );
    expect(languageNativeNames).toEqual({ ...original, az: 'Azərbaycanca' });
  });

  it('matches both builds of the module, on any path separator, and nothing else', () => {
    expect(LANGUAGE_NAMES_MODULE.test(ESM)).toBe(true);
    expect(LANGUAGE_NAMES_MODULE.test(CJS)).toBe(true);
    expect(LANGUAGE_NAMES_MODULE.test(ESM.split('/').join('\\'))).toBe(true);
    expect(LANGUAGE_NAMES_MODULE.test(path.join(TABLE, 'normalizeAdminLocale.mjs'))).toBe(false);
  });

  it('says what broke and what to do when a new Strapi renames the table', () => {
    expect(() =>
      addLanguageNames('export const names = {};', { az: 'Azərbaycanca' }, 'x.mjs')
    ).toThrow(
      /x\.mjs has no "const languageNativeNames = \{".*az.*Update playground\/src\/admin\/languageNames\.ts/
    );
  });

  it('the Vite transform rewrites the ESM table (production build), and only that module', () => {
    const plugin = languageNames();
    const transform = plugin.transform as (code: string, id: string) => { code: string } | null;
    const source = fs.readFileSync(ESM, 'utf8');
    expect(transform.call({}, source, `${ESM}?v=123`)?.code).toMatch(/"az": "Azərbaycanca",/);
    expect(transform.call({}, source, path.join(TABLE, 'en.json.mjs'))).toBeNull();
  });

  it('the esbuild plugin rewrites it while `strapi develop` pre-bundles @strapi/admin', async () => {
    const config = (
      languageNames().config as () => {
        optimizeDeps: { esbuildOptions: { plugins: EsbuildPlugin[] } };
      }
    )();
    const result = await build({
      stdin: {
        contents: `import { languageNativeNames } from ${JSON.stringify(ESM)}; globalThis.names = languageNativeNames;`,
        resolveDir: TABLE,
      },
      bundle: true,
      write: false,
      format: 'iife',
      plugins: config.optimizeDeps.esbuildOptions.plugins,
    });
    const scope: { names?: Table } = {};
    new Function('globalThis', result.outputFiles[0].text)(scope);
    expect(scope.names?.az).toBe('Azərbaycanca');
    expect(scope.names?.ru).toBe('Русский');
  });
});

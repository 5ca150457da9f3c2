// The frontend's imports run one way, down these levels and never back up:
//   entry points (main.ts, embed.ts)  compose everything; nothing imports them
//   feature folders (every other folder: layers/, trade/, routes/, shell/ ...)  may use map/, shared code and each
// other
//   map/  all Leaflet code; takes the features' words, looks and labels by registration, imports no feature
//   shared (the modules at the root of src/, and i18n/)  imports neither map/ nor any feature folder
// Leaflet is imported only inside map/. Read from the source tree itself, so a new file or folder that breaks the rule
// fails here: a new folder counts as a feature folder unless sharedFolders names it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sameSegment } from '../../src/layers/overlays';
import { legendEntries } from '../../src/layers/styles';

const src = resolve(__dirname, '../../src');
const entries = new Set(['main.ts', 'embed.ts']);
const sharedFolders = ['i18n'];
/** Every folder of src/ but map/ and the shared ones is a feature folder, a new one included. */
const features = readdirSync(src).filter((name) => statSync(join(src, name)).isDirectory())
  .filter((name) => name !== 'map' && !sharedFolders.includes(name));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.ts$/.test(name) ? [path] : [];
  });
}

/** Every module a file imports (static, type-only and dynamic), as written. */
export function importsOf(text: string): string[] {
  const found = [
    ...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s*['"]([^'"]+)['"]/g),
    ...text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g),
    ...text.matchAll(/(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g),
  ];
  return found.map((m) => m[1]!);
}

/**
 * Where a module of src/ (its path from src/, with or without .ts) sits: 0 shared, 1 map/, 2 a feature folder, 3 an
 * entry point.
 */
export function levelOf(path: string): number {
  const folder = path.includes('/') ? path.slice(0, path.indexOf('/')) : null;
  if (folder === null) return entries.has(path.replace(/(\.ts)?$/, '.ts')) ? 3 : 0;
  if (sharedFolders.includes(folder)) return 0;
  return folder === 'map' ? 1 : 2;
}

const sources = files(src).map((path) => ({
  file: relative(src, path),
  imports: importsOf(readFileSync(path, 'utf8')).map((spec) => ({
    spec,
    path: spec.startsWith('.') ? relative(src, resolve(dirname(path), spec)) : spec,
  })),
}));

describe('one-way frontend', () => {
  it('finds the imports it checks', () => {
    expect(
      importsOf(
        "import L from 'leaflet';\nimport type { X } from '../trade/types';\nconst a = import('./routes/view');",
      ),
    ).toEqual(['leaflet', '../trade/types', './routes/view']);
    expect(sources.length).toBeGreaterThan(40);
    expect(features).toEqual(expect.arrayContaining(['layers', 'page', 'trade', 'routes', 'widgets', 'timeline']));
  });

  it('places every module at its level', () => {
    expect(
      [
        'contract.ts',
        'format',
        'i18n/messages',
        'map/overlay',
        'layers/visa',
        'shell/status',
        'trade/view.ts',
        'main',
        'embed.ts',
      ].map(levelOf),
    ).toEqual([0, 0, 0, 1, 2, 2, 2, 3, 3]);
    expect(sources.filter((s) => !s.file.includes('/')).map((s) => s.file)).toContain('format.ts');
  });

  it('runs every import down, never back up (root modules included)', () => {
    const upward = sources.flatMap((s) => s.imports
      .filter((i) => i.spec.startsWith('.'))
      .filter((i) => levelOf(i.path) > levelOf(s.file) || levelOf(i.path) === 3)
      .map((i) => `${s.file} → ${i.spec}`));
    expect(upward).toEqual([]);
  });

  it('imports Leaflet only inside map/', () => {
    const outside = sources.filter(
      (s) =>
        !s.file.startsWith('map/') &&
        s.imports.some((i) => i.spec === 'leaflet' || (i.spec.startsWith('leaflet/') && !i.spec.endsWith('.css'))),
    );
    expect(outside.map((s) => s.file)).toEqual([]);
  });

  it('keeps map/ free of the feature folders', () => {
    const reverse = sources
      .filter((s) => s.file.startsWith('map/'))
      .flatMap((s) =>
        s.imports
          .filter((i) => features.some((f) => i.path === f || i.path.startsWith(`${f}/`)))
          .map((i) => `${s.file} → ${i.spec}`),
      );
    expect(reverse).toEqual([]);
  });

  it('names no mission layer inside map/: looks, labels and segments come by registration', () => {
    const layerIds = new Set([...legendEntries.map((e) => e.layerId), ...sameSegment]);
    expect(layerIds.size).toBeGreaterThan(8);
    // A pane may share a layer's name (createMap.ts makes the 'disputed' pane); a pane is map/'s own.
    const named = sources.filter((s) => s.file.startsWith('map/')).flatMap((s) =>
      [...readFileSync(join(src, s.file), 'utf8').matchAll(/(createPane\(|pane: )?(['"`])([a-z-]+)\2/g)]
        .filter((m) => !m[1] && layerIds.has(m[3]!)).map((m) => `${s.file}: '${m[3]}'`));
    expect(named).toEqual([]);
  });

  it('keeps i18n/ free of map/ and the feature folders', () => {
    const reverse = sources
      .filter((s) => s.file.startsWith('i18n/'))
      .flatMap((s) =>
        s.imports
          .filter((i) => ['map', ...features].some((f) => i.path.startsWith(`${f}/`)))
          .map((i) => `${s.file} → ${i.spec}`),
      );
    expect(reverse).toEqual([]);
  });
});

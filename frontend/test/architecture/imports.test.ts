// The frontend's imports run one way: feature folders use map/, never the reverse, and Leaflet is imported only inside
// map/. Read from the source tree itself, so a new file that breaks the rule fails here.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = resolve(__dirname, '../../src');
const features = ['trade', 'routes', 'widgets', 'data', 'places', 'timeline', 'tour'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.ts$/.test(name) ? [path] : [];
  });
}

/** Every module a file imports (static, type-only and dynamic), as written. */
export function importsOf(text: string): string[] {
  const found = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s*['"]([^'"]+)['"]/g), ...text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g), ...text.matchAll(/(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g)];
  return found.map((m) => m[1]!);
}

const sources = files(src).map((path) => ({ file: relative(src, path), imports: importsOf(readFileSync(path, 'utf8')).map((spec) => ({ spec, path: spec.startsWith('.') ? relative(src, resolve(dirname(path), spec)) : spec })) }));

describe('one-way frontend', () => {
  it('finds the imports it checks', () => {
    expect(importsOf("import L from 'leaflet';\nimport type { X } from '../trade/types';\nconst a = import('./routes/view');")).toEqual(['leaflet', '../trade/types', './routes/view']);
    expect(sources.length).toBeGreaterThan(40);
  });

  it('imports Leaflet only inside map/', () => {
    const outside = sources.filter((s) => !s.file.startsWith('map/') && s.imports.some((i) => i.spec === 'leaflet' || i.spec.startsWith('leaflet/') && !i.spec.endsWith('.css')));
    expect(outside.map((s) => s.file)).toEqual([]);
  });

  it('keeps map/ free of the feature folders', () => {
    const reverse = sources.filter((s) => s.file.startsWith('map/')).flatMap((s) =>
      s.imports.filter((i) => features.some((f) => i.path === f || i.path.startsWith(`${f}/`))).map((i) => `${s.file} → ${i.spec}`));
    expect(reverse).toEqual([]);
  });

  it('keeps i18n/ free of map/ and the feature folders', () => {
    const reverse = sources.filter((s) => s.file.startsWith('i18n/')).flatMap((s) =>
      s.imports.filter((i) => ['map', ...features].some((f) => i.path.startsWith(`${f}/`))).map((i) => `${s.file} → ${i.spec}`));
    expect(reverse).toEqual([]);
  });
});

// The interface's words in the chosen language. Each language lives in its own files (locales/{lang}/*.ts, one per
// part of the page), so a visit downloads only the language it reads: the first view's files are merged into one
// catalogue at start-up, before anything is drawn, and the words of a part loaded later come with that part.
import type { Lang } from './languages';

/** A key of the catalogues: every language has the same keys as English (test/i18n/messages.test.ts). */
export type MessageKey = string;

export type Catalogue = Record<string, string>;

type Loader = () => Promise<{ default: Catalogue }>;

// One chunk per language: each language's index.ts gathers the first view's parts, so a visit fetches them in one
// request.
const files = import.meta.glob<{ default: Catalogue }>('./locales/*/index.ts');

/** The parts loaded after the first view, each with its own words (locales/{lang}/{part}.ts). */
export type LaterPart = 'data' | 'print' | 'routes' | 'tour' | 'widgets';

// Words only a part loaded later needs: fetched with that part, added to the catalogue then. Together they are about
// a third of a language's words, which the first view would otherwise download for nothing.
const laterFiles = import.meta.glob<{ default: Catalogue }>('./locales/*/{data,print,routes,tour,widgets}.ts');

let catalogue: Catalogue = {};
let current: Lang = 'en';
const plurals = new Map<Lang, Intl.PluralRules>();

/** The catalogue of a language: every file under locales/{lang}/, merged. */
export async function loadCatalogue(lang: Lang, loaders: Record<string, Loader> = files): Promise<Catalogue> {
  const mine = Object.entries(loaders).filter(([path]) => path.startsWith(`./locales/${lang}/`));
  const parts = await Promise.all(mine.map(([, load]) => load()));
  return Object.assign({}, ...parts.map((p) => p.default)) as Catalogue;
}

/**
 * Loads and switches to a language; the page calls it once at start (a new language is a new page load). A page that
 * needs a later part's words from its start (the embed page: widgets, and the tour) names it, fetched alongside.
 */
export async function useLanguage(lang: Lang, parts: LaterPart[] = []): Promise<void> {
  const [first, later] = await Promise.all([loadCatalogue(lang), laterWords(lang, parts)]);
  catalogue = { ...first, ...later };
  current = lang;
  document.documentElement.lang = lang === 'zh' ? 'zh-Hans' : lang;
}

/** Adds the words of parts loaded later (locales/{lang}/{part}.ts) to the current catalogue. */
export async function loadLaterWords(parts: LaterPart[], loaders: Record<string, Loader> = laterFiles): Promise<void> {
  // Merged once they have arrived, into the catalogue as it is then: parts load side by side (the planner and a tour
  // from the address), and a catalogue read before the wait would drop the words another part added meanwhile.
  const words = await laterWords(current, parts, loaders);
  catalogue = { ...catalogue, ...words };
}

async function laterWords(
  lang: Lang,
  parts: LaterPart[],
  loaders: Record<string, Loader> = laterFiles,
): Promise<Catalogue> {
  const loaded = await Promise.all(parts.map((part) => loaders[`./locales/${lang}/${part}.ts`]?.()));
  return Object.assign({}, ...loaded.map((words) => words?.default ?? {})) as Catalogue;
}

/** For tests and the embed page's preview: set a catalogue directly. */
export function setCatalogue(lang: Lang, messages: Catalogue): void {
  catalogue = messages;
  current = lang;
}

export function currentLanguage(): Lang {
  return current;
}

/**
 * The message for a key with {name} placeholders filled in. A key the catalogue lacks shows as the key itself, so a
 * missing translation is visible (and caught by the tests), never silently English.
 */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  const template = catalogue[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/**
 * A counted message: `key.one`, `key.few`, `key.many` or `key.other`, as the language's plural rules choose for the
 * count (Russian has four forms, Chinese one), with {count} filled in.
 */
export function tn(key: MessageKey, count: number, params: Record<string, string | number> = {}): string {
  let rules = plurals.get(current);
  if (!rules) plurals.set(current, (rules = new Intl.PluralRules(current)));
  const form = rules.select(count);
  const chosen = `${key}.${form}` in catalogue ? `${key}.${form}` : `${key}.other`;
  return t(chosen, { count, ...params });
}

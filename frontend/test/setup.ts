// Every unit test reads the interface in English unless it sets another language itself (setCatalogue): every English
// file, the words of the parts the page loads later included, since a test builds those parts directly.
import { beforeEach } from 'vitest';
import { loadCatalogue, setCatalogue, type Catalogue } from '../src/i18n/messages';

const files = import.meta.glob<{ default: Catalogue }>('../src/i18n/locales/en/*.ts');
const english = await loadCatalogue(
  'en',
  Object.fromEntries(Object.entries(files).map(([path, load]) => [path.replace('../src/i18n/', './'), load])),
);

setCatalogue('en', english);
beforeEach(() => setCatalogue('en', english));

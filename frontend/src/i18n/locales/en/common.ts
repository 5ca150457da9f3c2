// English: the words every page shares. Other parts of the page keep their words in files of their own beside this
// one (locales/en/trade.ts, …), and each language has the same files with the same keys.
import type { Catalogue } from '../../messages';

export default {
  'language.label': 'Language',
} satisfies Catalogue;

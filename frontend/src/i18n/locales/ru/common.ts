import type { Catalogue } from '../../messages';

export default {
  'language.label': 'Язык',
} satisfies Catalogue;

import type { Catalogue } from '../../messages';

export default {
  'language.label': '语言',
} satisfies Catalogue;

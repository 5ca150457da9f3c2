import { safeUrl } from './format';
import { originalText } from './i18n/names';
import type { Source } from './contract';

/**
 * A source as a link that opens apart from the map (or as plain text when it has no web address), in its own language.
 */
export function sourceLink(source: Source, text = source.title): Node {
  const href = safeUrl(source.url);
  if (!href) return originalText(document.createElement('span'), text);
  const a = document.createElement('a');
  a.href = href;
  a.target = '_blank';
  a.rel = 'noopener noreferrer';
  return originalText(a, text);
}

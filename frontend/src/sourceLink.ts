import { safeUrl } from './format';
import type { Source } from './types';

/** A source as a link that opens apart from the map (or as plain text when it has no web address). */
export function sourceLink(source: Source, text = source.title): Node {
  const href = safeUrl(source.url);
  if (!href) return document.createTextNode(text);
  const a = document.createElement('a');
  a.href = href;
  a.target = '_blank';
  a.rel = 'noopener noreferrer';
  a.textContent = text;
  return a;
}

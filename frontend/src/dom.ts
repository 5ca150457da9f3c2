// The element builders the map and the panels share. Text goes in through textContent and attributes through
// setAttribute, never innerHTML, so words from the data are never read as markup.

export interface HtmlOptions {
  /** The class name; left unset when empty or null. */
  class?: string | null | undefined;
  /** The text content; left unset when undefined. */
  text?: string | undefined;
  /** Attributes, each set as written. */
  attrs?: Record<string, string | number> | undefined;
}

/** An HTML element with its class, text, attributes and children. */
export function html<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options?: HtmlOptions,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K];
export function html(tag: string, options?: HtmlOptions, ...children: (Node | string)[]): HTMLElement;
export function html(tag: string, options: HtmlOptions = {}, ...children: (Node | string)[]): HTMLElement {
  const node = document.createElement(tag);
  if (options.class) node.className = options.class;
  if (options.text !== undefined) node.textContent = options.text;
  for (const [name, value] of Object.entries(options.attrs ?? {})) node.setAttribute(name, String(value));
  if (children.length) node.append(...children);
  return node;
}

const svgNs = 'http://www.w3.org/2000/svg';

/** An SVG element with its attributes. */
export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs?: Record<string, string | number>,
): SVGElementTagNameMap[K];
export function svg(tag: string, attrs?: Record<string, string | number>): SVGElement;
export function svg(tag: string, attrs: Record<string, string | number> = {}): SVGElement {
  const node = document.createElementNS(svgNs, tag) as SVGElement;
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  return node;
}

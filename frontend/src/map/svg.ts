export const svgNs = 'http://www.w3.org/2000/svg';

/** An SVG element with its attributes, set in the order given. */
export function svgElement<K extends keyof SVGElementTagNameMap>(
  name: K,
  attributes: Record<string, string>,
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(svgNs, name);
  for (const [k, v] of Object.entries(attributes)) element.setAttribute(k, v);
  return element;
}

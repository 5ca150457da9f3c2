import { describe, expect, it } from 'vitest';
import { html, svg } from '../src/dom';

describe('html', () => {
  it('makes an element with its class, text, attributes and children', () => {
    const th = html('th', { class: 'metric', text: 'Length', attrs: { scope: 'col', 'data-n': 3 } });
    expect(th.outerHTML).toBe('<th class="metric" scope="col" data-n="3">Length</th>');
    const row = html('div', { class: 'trade-year' }, html('span', { text: 'a' }), 'b');
    expect(row.outerHTML).toBe('<div class="trade-year"><span>a</span>b</div>');
  });

  it('leaves the class unset when empty or null, and the text unset when undefined', () => {
    expect(html('p', { class: null }).hasAttribute('class')).toBe(false);
    expect(html('p', { class: '' }).hasAttribute('class')).toBe(false);
    expect(html('ul').outerHTML).toBe('<ul></ul>');
  });

  it('puts text in as text, never as markup', () => {
    const p = html('p', { text: '<img src=x onerror=alert(1)>' });
    expect(p.children.length).toBe(0);
    expect(p.textContent).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('svg', () => {
  it('makes an SVG element in the SVG namespace with its attributes as text', () => {
    const circle = svg('circle', { cx: 1.5, cy: '2', r: 3, class: 'dot' });
    expect(circle.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(circle.getAttribute('cx')).toBe('1.5');
    expect(circle.getAttribute('r')).toBe('3');
    expect(circle.getAttribute('class')).toBe('dot');
    expect(svg('title').attributes.length).toBe(0);
  });
});

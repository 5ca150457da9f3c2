// What a phone reader meets, measured in the page: how much of the map no control covers, what sticks out sideways,
// and how big every control is to a finger. Shared by the phone tests of the atlas and of the embed.

/** The share of the map's area (sampled every 6 px) where a tap reaches the map itself, not a control over it. */
export const uncoveredMapFraction = (page) => page.evaluate(() => {
  const map = document.getElementById('map').getBoundingClientRect();
  let open = 0;
  let all = 0;
  for (let y = map.top + 3; y < Math.min(map.bottom, innerHeight); y += 6)
    for (let x = map.left + 3; x < Math.min(map.right, innerWidth); x += 6) {
      all++;
      const hit = document.elementFromPoint(x, y);
      if (hit && hit.closest('#map') && !hit.closest('.leaflet-control-container')) open++;
    }
  return open / all;
});

/** The map's height as a share of the first screen. */
export const mapShareOfScreen = (page) => page.evaluate(() => {
  const map = document.getElementById('map').getBoundingClientRect();
  return (Math.min(map.bottom, innerHeight) - Math.max(map.top, 0)) * Math.min(map.width, innerWidth) / (innerWidth * innerHeight);
});

/** Elements laid out wider than the screen or past its right edge (the map's own panes, clipped by it, aside). */
export const tooWide = (page) => page.evaluate(() => {
  const wide = [];
  for (const element of document.body.querySelectorAll('*')) {
    if (element.closest('.leaflet-map-pane') || !element.checkVisibility()) continue;
    const r = element.getBoundingClientRect();
    if (r.width > innerWidth + 0.5 || (r.right > innerWidth + 0.5 && r.width > 0 && r.top < innerHeight && r.bottom > 0))
      wide.push(`${element.tagName.toLowerCase()}.${element.className?.baseVal ?? element.className} ${Math.round(r.left)}–${Math.round(r.right)}`);
  }
  return { wide, scrollWidth: document.documentElement.scrollWidth, width: innerWidth };
});

/**
 * Every control on screen with its size: buttons, links, fields, summaries, anything focusable. A field inside a label
 * is measured by its label (the whole label takes the tap). Links inside a sentence (the attribution's) are inline
 * text, which WCAG 2.5.8 leaves out; the map's point symbols are measured by their tap area (styles: ::after).
 */
export const tapTargets = (page) => page.evaluate(() => {
  const selector = 'button, a[href], input, select, textarea, summary, [role="button"], [tabindex]:not([tabindex="-1"])';
  const found = [];
  for (const element of document.querySelectorAll(selector)) {
    if (!element.checkVisibility({ visibilityProperty: true }) || element.closest('[inert]')) continue;
    if (element.closest('.leaflet-control-attribution')) continue;
    const target = element.closest('label') ?? element;
    let r = target.getBoundingClientRect();
    if (element.classList.contains('symbol-anchor')) {
      const after = getComputedStyle(element, '::after');
      r = { width: Math.max(r.width, parseFloat(after.width) || 0), height: Math.max(r.height, parseFloat(after.height) || 0), top: r.top, left: r.left, bottom: r.bottom, right: r.right };
    }
    if (r.width === 0 || r.bottom < 0 || r.top > innerHeight || r.right < 0 || r.left > innerWidth) continue;
    const name = element.getAttribute('aria-label') || element.textContent.trim().slice(0, 30) || element.className;
    found.push({ name: `${element.tagName.toLowerCase()} ${name}`, width: Math.round(r.width), height: Math.round(r.height) });
  }
  return found;
});

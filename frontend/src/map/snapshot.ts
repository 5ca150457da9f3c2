import type { AtlasMap } from './createMap';

export interface SnapshotText {
  title: string;
  subtitle: string;
  legend: { label: string; colour: string }[];
  attribution: string;
  /** A sentence under the legend, such as how the boundaries treat disputed territory. */
  note?: string;
}

const header = 56;
const font = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans CJK SC", "Noto Sans SC", sans-serif';

/**
 * The map as a PNG, with its title, legend, year and attribution, drawn from what is on screen: the basemap canvas,
 * the SVG layers, the point symbols and the place names. Nothing is fetched, so it works offline.
 */
export async function mapImage(map: AtlasMap, text: SnapshotText): Promise<Blob> {
  const container = map.getContainer();
  const box = container.getBoundingClientRect();
  const measure = document.createElement('canvas').getContext('2d')!;
  const legendRows = Math.ceil(text.legend.length / 3);
  measure.font = `11px ${font}`;
  const noteLines = text.note ? wrap(measure, text.note, box.width - 24) : [];
  const footer = 16 + legendRows * 20 + noteLines.length * 14 + 24;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(box.width);
  canvas.height = Math.round(box.height + header + footer);
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = getComputedStyle(container).backgroundColor || '#c6d9e3';
  ctx.fillRect(0, header, box.width, box.height);

  ctx.save();
  ctx.beginPath();
  ctx.rect(0, header, box.width, box.height);
  ctx.clip();
  await drawMap(ctx, container, box);
  ctx.restore();
  ctx.textBaseline = 'alphabetic';
  drawHeading(ctx, text, box.width);
  drawFooter(ctx, text, noteLines, { width: box.width, top: header + box.height + 16, bottom: canvas.height - 8 });

  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no image'))), 'image/png'),
  );
}

/** What is on screen, below the heading: the basemap canvas, the SVG layers, the point symbols and the place names. */
async function drawMap(ctx: CanvasRenderingContext2D, container: HTMLElement, box: DOMRect): Promise<void> {
  const place = (element: Element) => {
    const r = element.getBoundingClientRect();
    return { x: r.left - box.left, y: r.top - box.top + header, w: r.width, h: r.height };
  };
  const pane = container.querySelector('.leaflet-map-pane')!;
  // Drawn in the panes' stacking order (basemap below borders below lines), not in document order.
  const zIndex = (element: Element) =>
    Number(getComputedStyle(element.closest('.leaflet-pane') ?? element).zIndex) || 0;
  const layers = [...pane.querySelectorAll('canvas, svg')].sort((a, b) => zIndex(a) - zIndex(b));
  for (const layer of layers) {
    const { x, y, w, h } = place(layer);
    if (layer instanceof HTMLCanvasElement) ctx.drawImage(layer, x, y, w, h);
    else ctx.drawImage(await svgImage(layer as SVGSVGElement), x, y, w, h);
  }
  for (const marker of pane.querySelectorAll('.leaflet-marker-pane .symbol, .place-dot:not([hidden])')) {
    const { x, y, w, h } = place(marker);
    ctx.fillStyle = getComputedStyle(marker).backgroundColor;
    ctx.strokeStyle = '#ffffff';
    ctx.lineWidth = 2;
    ctx.beginPath();
    if (marker.classList.contains('symbol-summit') || marker.classList.contains('place-dot'))
      ctx.arc(x + w / 2, y + h / 2, w / 2, 0, 2 * Math.PI);
    else ctx.rect(x, y, w, h);
    ctx.fill();
    ctx.stroke();
  }
  for (const label of pane.querySelectorAll<HTMLElement>('.place-label:not([hidden])')) drawLabel(ctx, label, place);
}

/** A place name, with the same white halo that keeps it legible over the colours on screen. */
function drawLabel(
  ctx: CanvasRenderingContext2D,
  label: HTMLElement,
  place: (element: Element) => { x: number; y: number; h: number },
): void {
  const { x, y, h } = place(label);
  const style = getComputedStyle(label);
  ctx.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${font}`;
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  ctx.lineWidth = 3;
  ctx.strokeStyle = 'rgba(255, 255, 255, 0.9)';
  const padding = parseFloat(style.paddingLeft) || 0;
  ctx.strokeText(label.textContent ?? '', x + padding, y + h / 2);
  ctx.fillStyle = style.color;
  ctx.fillText(label.textContent ?? '', x + padding, y + h / 2);
}

function drawHeading(ctx: CanvasRenderingContext2D, text: SnapshotText, width: number): void {
  ctx.fillStyle = '#1f2328';
  ctx.font = `bold 18px ${font}`;
  ctx.fillText(text.title, 12, 24, width - 24);
  ctx.font = `13px ${font}`;
  ctx.fillStyle = '#4b5563';
  ctx.fillText(text.subtitle, 12, 44, width - 24);
}

/** The legend in three columns, the note under it, and the attribution at the bottom. */
function drawFooter(
  ctx: CanvasRenderingContext2D,
  text: SnapshotText,
  noteLines: string[],
  at: { width: number; top: number; bottom: number },
): void {
  const { width, top } = at;
  const column = width / 3;
  text.legend.forEach((entry, i) => {
    const x = 12 + (i % 3) * column;
    const y = top + Math.floor(i / 3) * 20;
    ctx.fillStyle = entry.colour;
    ctx.fillRect(x, y, 16, 10);
    ctx.strokeStyle = '#555555';
    ctx.lineWidth = 1;
    ctx.strokeRect(x, y, 16, 10);
    ctx.fillStyle = '#1f2328';
    ctx.font = `12px ${font}`;
    ctx.fillText(entry.label, x + 22, y + 10, column - 30);
  });
  const legendRows = Math.ceil(text.legend.length / 3);
  ctx.fillStyle = '#4b5563';
  ctx.font = `11px ${font}`;
  noteLines.forEach((line, i) => ctx.fillText(line, 12, top + legendRows * 20 + 4 + i * 14, width - 24));
  ctx.fillText(text.attribution, 12, at.bottom, width - 24);
}

/** Splits a sentence into lines no wider than the image: at spaces, and between any two Chinese characters. */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const tokens = text.match(/[\u3000-\u9fff\uff00-\uffef]|[^\s\u3000-\u9fff\uff00-\uffef]+|\s+/g) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    const next = line + token;
    if (line.trim() && ctx.measureText(next.trimEnd()).width > width) {
      lines.push(line.trim());
      line = token.trim() ? token : '';
    } else line = next;
  }
  if (line.trim()) lines.push(line.trim());
  return lines;
}

function svgImage(svg: SVGSVGElement): Promise<HTMLImageElement> {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  const url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(clone)], { type: 'image/svg+xml' }));
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => {
      URL.revokeObjectURL(url);
      resolve(image);
    };
    image.onerror = () => reject(new Error('the map layers could not be drawn to an image'));
    image.src = url;
  });
}

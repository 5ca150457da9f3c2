// Which labels fit: a greedy pass in priority order over screen rectangles, kept in a uniform grid so each test looks
// only at the boxes near it. No Leaflet here (tested on its own); map/labels.ts measures and positions.

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface LabelCandidate {
  id: string;
  /** Lower goes first: a label placed earlier is never displaced by a later one. */
  priority: number;
  /** Where the label may go, in order of preference (e.g. right of its symbol, then left, above, below). */
  boxes: Box[];
}

export interface Placement {
  id: string;
  box: Box;
  /** Which of the candidate's boxes it took. */
  choice: number;
}

const overlaps = (a: Box, b: Box, gap: number) =>
  a.x < b.x + b.w + gap && b.x < a.x + a.w + gap && a.y < b.y + b.h + gap && b.y < a.y + a.h + gap;

const inside = (a: Box, view: Box) =>
  a.x >= view.x && a.y >= view.y && a.x + a.w <= view.x + view.w && a.y + a.h <= view.y + view.h;

/** Boxes by the grid cells they touch: a query reads a few cells, not every box placed so far. */
export class BoxGrid {
  private readonly cells = new Map<string, Box[]>();

  constructor(private readonly size = 64) {}

  private *keys(b: Box): Generator<string> {
    for (let i = Math.floor(b.x / this.size); i <= Math.floor((b.x + b.w) / this.size); i++)
      for (let j = Math.floor(b.y / this.size); j <= Math.floor((b.y + b.h) / this.size); j++) yield `${i}:${j}`;
  }

  add(box: Box): void {
    for (const key of this.keys(box)) {
      const cell = this.cells.get(key);
      if (cell) cell.push(box);
      else this.cells.set(key, [box]);
    }
  }

  collides(box: Box, gap = 0): boolean {
    const grown = { x: box.x - gap, y: box.y - gap, w: box.w + 2 * gap, h: box.h + 2 * gap };
    for (const key of this.keys(grown))
      for (const other of this.cells.get(key) ?? []) if (overlaps(box, other, gap)) return true;
    return false;
  }
}

/**
 * Places labels in priority order (then input order): each takes its first box that lies in the view and touches
 * neither an obstacle (a point symbol) nor a label already placed, with `gap` pixels to spare; a label with no such
 * box is left out. Returns the placed labels.
 */
export function placeLabels(candidates: LabelCandidate[], obstacles: Box[], view: Box, gap = 2): Placement[] {
  const grid = new BoxGrid();
  for (const o of obstacles) grid.add(o);
  const placed: Placement[] = [];
  const order = candidates.map((c, i) => ({ c, i })).sort((a, b) => a.c.priority - b.c.priority || a.i - b.i);
  for (const { c } of order) {
    const choice = c.boxes.findIndex((box) => inside(box, view) && !grid.collides(box, gap));
    if (choice < 0) continue;
    const box = c.boxes[choice]!;
    grid.add(box);
    placed.push({ id: c.id, box, choice });
  }
  return placed;
}

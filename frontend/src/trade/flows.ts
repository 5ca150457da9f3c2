// Flow lines from China to each partner: a gentle arc, as wide as the year's total (strictly proportional).

export const pixelsPerBillion = 0.35;
export const minimumWidth = 1;

export function flowWidth(totalUsd: number): number {
  return Math.max(minimumWidth, (totalUsd / 1e9) * pixelsPerBillion);
}

/** A quadratic arc from origin to destination ([lat, lon] pairs), bowed to the left of travel. */
export function arc(from: [number, number], to: [number, number], steps = 24, bend = 0.18): [number, number][] {
  const [lat1, lon1] = from;
  const [lat2, lon2] = to;
  const [dLat, dLon] = [lat2 - lat1, lon2 - lon1];
  const control: [number, number] = [(lat1 + lat2) / 2 + dLon * bend, (lon1 + lon2) / 2 - dLat * bend];
  return Array.from({ length: steps + 1 }, (_, i) => {
    const t = i / steps;
    const a = (1 - t) ** 2;
    const b = 2 * (1 - t) * t;
    const c = t ** 2;
    return [a * lat1 + b * control[0] + c * lat2, a * lon1 + b * control[1] + c * lon2];
  });
}

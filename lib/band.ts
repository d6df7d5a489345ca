/**
 * Which items of a long list in document order lie within a vertical band
 * of the page, reading as few positions as possible (each read can cost a
 * layout query): a binary search for the band's top, then a walk down to its
 * bottom. Document order is only roughly top-to-bottom (floats, columns,
 * hidden items with no position), so the walk starts `slack` items early and
 * stops only after `slack` items in a row have fallen below the band.
 */
export function itemsInBand(
  count: number,
  topOf: (i: number) => number | null,
  top: number,
  bottom: number,
  slack = 8,
): number[] {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const y = topOf(mid);
    if (y === null || y < top) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  let below = 0;
  for (let i = Math.max(0, lo - slack); i < count && below < slack; i++) {
    const y = topOf(i);
    if (y === null) continue;
    if (y > bottom) {
      below++;
      continue;
    }
    below = 0;
    if (y >= top) out.push(i);
  }
  return out;
}

/**
 * Above this many attributions, only those near the view are registered with the Highlight API: Chromium turns
 * every registered range into a marker of its own whenever the page changes, which on a 100,000-word page (3,000
 * ranges) took ≈ 44 ms of rendering each time. The content script keeps the registered stretch with the view.
 */
export const MAX_REGISTERED = 500;

/**
 * Page links to show: the first, the last and the current one with its
 * neighbours; null marks a gap ("…"). A gap of one page shows that page instead.
 */
export function pageWindow(page: number, pageCount: number): (number | null)[] {
  const shown = [...new Set([1, page - 1, page, page + 1, pageCount])]
    .filter((n) => n >= 1 && n <= pageCount)
    .sort((a, b) => a - b);
  const out: (number | null)[] = [];
  let last = 0;
  for (const n of shown) {
    if (n - last === 2) out.push(n - 1);
    else if (n - last > 2) out.push(null);
    out.push(n);
    last = n;
  }
  return out;
}

/**
 * The known name closest to a mistyped one, for "是否应为…？": within two edits (a third of the
 * name for short ones), case and width folded; undefined when none is that close. Ties go to the
 * first name given, so the hint is always the same.
 */
export function closestName(typed: string, known: readonly string[]): string | undefined {
  const target = fold(typed);
  let best: { name: string; distance: number } | undefined;
  for (const name of known) {
    const distance = editDistance(target, fold(name));
    if (!best || distance < best.distance) best = { name, distance };
  }
  const allowed = Math.min(2, Math.max(1, Math.floor([...target].length / 3)));
  return best && best.distance <= allowed ? best.name : undefined;
}

function fold(text: string): string {
  return text.normalize("NFKC").toLowerCase();
}

function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let row = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const next = [i];
    for (let j = 1; j <= y.length; j++) {
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[y.length]!;
}

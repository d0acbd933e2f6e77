export type GridStep = "up" | "down" | "left" | "right";

/**
 * Where a step from cell `at` lands in a grid whose `editable[row][col]` says which cells take typing:
 * the nearest editable cell that way, passing over computed ones (a rate, the 合计 row); undefined at the
 * grid's edge, where Excel too stays put.
 */
export function gridMove(editable: readonly (readonly boolean[])[], at: { row: number; col: number }, step: GridStep): { row: number; col: number } | undefined {
  const [dr, dc] = step === "up" ? [-1, 0] : step === "down" ? [1, 0] : step === "left" ? [0, -1] : [0, 1];
  for (let row = at.row + dr, col = at.col + dc; row >= 0 && row < editable.length && col >= 0 && col < (editable[row]?.length ?? 0); row += dr, col += dc) {
    if (editable[row]![col]) return { row, col };
  }
  return undefined;
}

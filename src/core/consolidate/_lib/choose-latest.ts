export interface Submission {
  file: string;
  order: number;
  sha256?: string;
  reportDate?: Date;
}

/**
 * Which of one unit's files counts: the later 报出日期 when every file states one, else the later
 * file by `order`; the file name (then the hash) settles exact ties, so the choice never depends on
 * the order files are listed in. Deciding by dates only when all files have one keeps the ordering
 * transitive: a mix of dated and undated files is ordered by `order` alone.
 */
export function chooseLatest<T extends Submission>(group: readonly T[]): { kept: T; dropped: T[]; rule: "report-date" | "order" } {
  const byDate = group.every((s) => s.reportDate !== undefined);
  const sorted = [...group].sort(
    (a, b) =>
      (byDate ? b.reportDate!.getTime() - a.reportDate!.getTime() : 0) ||
      b.order - a.order ||
      (a.file < b.file ? 1 : a.file > b.file ? -1 : 0) ||
      ((a.sha256 ?? "") < (b.sha256 ?? "") ? 1 : (a.sha256 ?? "") > (b.sha256 ?? "") ? -1 : 0),
  );
  const [kept, ...dropped] = sorted;
  const latestDropped = Math.max(...dropped.map((d) => d.reportDate?.getTime() ?? -Infinity));
  const rule = byDate && kept.reportDate!.getTime() > latestDropped ? "report-date" : "order";
  return { kept, dropped, rule };
}

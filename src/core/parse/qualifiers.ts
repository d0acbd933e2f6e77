/**
 * Approximation qualifiers clerks put on a figure (300余, 约300, 近300, 300多, 300左右, 300以上).
 * The figure is read as the number written; the qualifier is kept as data so the narrative can
 * say "300余人" again, and audits know the figure is not exact.
 */
export type Qualifier = "余" | "多" | "近" | "约" | "左右" | "以上" | "以下" | "不足";

export interface QualifierInfo {
  /** Where the canonical word goes when the figure is written again: 约300 · 300余 · 300左右. */
  position: "before" | "after";
  /** How the real figure relates to the one written. */
  sense: "above" | "below" | "about" | "at-least" | "at-most";
  /** Spellings read as this qualifier before the number (逾300 → 以上) and after it (300上下 → 左右). */
  before: readonly string[];
  after: readonly string[];
}

export const QUALIFIERS: Readonly<Record<Qualifier, QualifierInfo>> = {
  余: { position: "after", sense: "above", before: [], after: ["余"] },
  多: { position: "after", sense: "above", before: [], after: ["多"] },
  近: { position: "before", sense: "below", before: ["近", "将近", "接近", "近乎"], after: [] },
  约: { position: "before", sense: "about", before: ["约", "大约", "约为", "约计", "大概", "估计"], after: ["许"] },
  左右: { position: "after", sense: "about", before: [], after: ["左右", "上下"] },
  以上: { position: "after", sense: "at-least", before: ["超过", "逾", "多于", "不少于", "超"], after: ["以上", "余以上"] },
  以下: { position: "after", sense: "at-most", before: ["不超过", "最多", "至多", "不多于"], after: ["以下"] },
  不足: { position: "before", sense: "below", before: ["不足", "不到", "少于", "不满"], after: ["不到"] },
};

import type { EntityPhrase, NarrativeSpec } from "../../src/core/narrative";

/**
 * The faults a trial against real reports found in the 综述 (issue 14), as checks on a paragraph:
 * each names the fault it finds. `hedged`: every figure that went in was exact or typed with 余, so no
 * 约 may come out. With the spec, figures are checked by their raw value too.
 */
export function registerFaults(text: string, spec?: NarrativeSpec, options: { hedged?: boolean } = {}): string[] {
  const faults: string[] = [];
  if (text.includes("一是") && !text.includes("二是")) faults.push("一是 without 二是");
  if (/分别是(?=[。；，]|$)/.test(text)) faults.push("a ranking naming no unit");
  for (const ranking of text.matchAll(/排名前三的[^。]*?分别是([^。]*)。/g)) {
    if (ranking[1]!.split("、").filter((name) => name !== "").length < 3) faults.push(`a ranking of fewer than three: ${ranking[0]}`);
  }
  if (options.hedged && text.includes("约")) faults.push("约 from figures typed with 余");
  for (const zero of text.matchAll(/(?<![\d.])0(?![\d.%])\S{0,3}/g)) faults.push(`a figure of 0: ${zero[0]}`);
  if (text.includes("一方面")) faults.push("一方面 for a ledger of one 方面");
  if (/(?<![\d.])1个单位/.test(text)) faults.push("a single unit counted: 1个单位");
  for (const rate of text.matchAll(/(\d+(?:\.\d+)?)%/g)) if (Number(rate[1]) > 100) faults.push(`a rate past 100%: ${rate[0]}`);
  if (text.includes("暂无数据")) faults.push("暂无数据 in a default paragraph");
  if (/(共|累计)(共|累计)/.test(text)) faults.push("a total introduced twice");
  if (nestedBrackets(text)) faults.push("brackets within brackets");
  for (const entity of spec ? entities(spec) : []) {
    const exactBelowTenThousandTen = entity.kind === "number" && entity.value !== undefined && !/^[万亿]/.test(entity.unit ?? "") && entity.value >= 10_000 && entity.value < 100_000;
    if (exactBelowTenThousandTen && entity.text.includes("万")) faults.push(`an exact figure below 10万 in 万: ${entity.text}`);
  }
  return faults;
}

function nestedBrackets(text: string): boolean {
  let depth = 0;
  for (const c of text) {
    if (c === "（") depth++;
    if (c === "）") depth--;
    if (depth > 1) return true;
  }
  return false;
}

function entities(spec: NarrativeSpec): EntityPhrase[] {
  return spec.sections.flatMap((s) => s.sentences.flatMap((t) => t.phrases.filter((p): p is EntityPhrase => p.type === "entity")));
}

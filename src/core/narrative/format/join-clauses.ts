/** Punctuation a clause may already end with; the join supplies its own. */
const TRAILING_PUNCTUATION = /[；;，,。]+$/;

/**
 * Clauses joined with ；, as in 已完成整改30个；正在推进13个. A clause's own trailing 。/；/， is
 * dropped first so the joint is never doubled (；。); blank clauses are left out. No final
 * punctuation: the sentence around it decides.
 */
export function joinClauses(clauses: readonly string[]): string {
  return clauses
    .map((clause) => clause.trim().replace(TRAILING_PUNCTUATION, ""))
    .filter((clause) => clause !== "")
    .join("；");
}

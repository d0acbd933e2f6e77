import { message } from "../locale";

type PathKey = PropertyKey;

const FIELD_NAMES: Record<string, string> = {
  sections: "分组",
  indicators: "指标",
  children: "其中子项",
  columns: "台账列",
  comparisons: "比较规则",
  rules: "表达式规则",
  options: "选项",
  aliases: "别名",
  identityColumns: "标识列",
  doneValues: "完成状态值",
  keyIndicators: "重点指标",
};

/**
 * A Chinese description of a place in a template file, naming the labels met on the way so a clerk
 * can find it: `sections[0].indicators[2].unit` → 第1个分组（消杀类）› 第3个指标（喷雾器）› unit.
 */
export function describePlace(root: unknown, path: readonly PathKey[]): string {
  if (path.length === 0) return message("template.place-root");
  const parts: string[] = [];
  let node: unknown = root;
  for (let i = 0; i < path.length; i++) {
    const step = path[i];
    const next = node !== null && typeof node === "object" ? (node as Record<PropertyKey, unknown>)[step] : undefined;
    if (typeof step === "number") {
      const field = String(path[i - 1] ?? "");
      // An indicator table's columns are its 宾栏; a ledger's are its own.
      const name = field === "columns" && isIndicatorTable(root) && i === 1 ? "宾栏列" : (FIELD_NAMES[field] ?? field);
      const title = labelOf(next);
      parts[parts.length - 1] = `第${step + 1}个${name}${title ? `（${title}）` : ""}`;
    } else {
      parts.push(String(step));
    }
    node = next;
  }
  return parts.join(" › ");
}

function isIndicatorTable(root: unknown): boolean {
  return root !== null && typeof root === "object" && (root as Record<string, unknown>).kind === "indicators";
}

function labelOf(node: unknown): string | undefined {
  if (node === null || typeof node !== "object") return typeof node === "string" ? node : undefined;
  const record = node as Record<string, unknown>;
  for (const field of ["label", "title", "id", "key"]) {
    if (typeof record[field] === "string" && record[field]) return record[field] as string;
  }
  return undefined;
}

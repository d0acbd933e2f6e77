/**
 * 巡察整改台账: how much the ledger holds and where it stands, in the words of 整改报告 (domain.md §6:
 * 对县委巡察组反馈的三方面17项43个问题逐一明确整改措施，已完成整改35个，正在推进8个，完成率81.4%).
 * The clerk writes the inspecting body in place of 巡察组.
 */
export const RECTIFICATION_NARRATIVE: readonly string[] = [
  "[截至{截至时间|时间(不含年)}，]{地区}{单位|报送情况}",
  "!无新增 {地区}无新增整改问题",
  "对巡察组反馈的{台账|范围}逐一明确整改措施，{台账|进度}",
  "建立完善制度{建立完善制度}",
];

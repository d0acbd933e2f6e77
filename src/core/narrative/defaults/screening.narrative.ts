/**
 * 防控排查统计表: who reported, then the work in groups (摸排管控, 卡口检测, 督查问责) with their 其中
 * in brackets, the parts named without their total's word (镇街, 医疗机构: the template's narrative
 * names). When every figure is 0 the day's report is one line: 无新增 (domain.md §6).
 */
export const SCREENING_NARRATIVE: readonly string[] = [
  "!verbs screened=摸排 fever=发现 checkpoints=设置 inspectionTeams=派出",
  "!names screened=人员 checkpoints=卡口和检测点",
  "[截至{cutoff|datetime(不含年)}，]{region}{units|reporting}",
  "!none {region}无新增发热人员和隔离管控人员",
  "{region}防控排查工作情况如下：{sections|groups}",
  "发热人员{fever|change}",
  "摸排人员数量排名前三的单位分别是{screened|top(3, 值)}",
];

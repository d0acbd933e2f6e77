/**
 * 防控排查统计表: who reported, then the work in groups (摸排管控, 卡口检测, 督查问责) with their 其中
 * in brackets, the parts named without their total's word (镇街, 医疗机构: the template's narrative
 * names). When every figure is 0 the day's report is one line: 无新增 (domain.md §6).
 */
export const SCREENING_NARRATIVE: readonly string[] = [
  "!动词 摸排人员=摸排 发热人员=发现 卡口/检测点=设置 督查组=派出",
  "!名称 摸排人员=人员 卡口/检测点=卡口和检测点",
  "[截至{截至时间|时间(不含年)}，]{地区}{单位|报送情况}",
  "!无新增 {地区}无新增发热人员和隔离管控人员",
  "{地区}防控排查工作情况如下：{各分组|分述}",
  "发热人员{发热人员|变化}",
  "摸排人员数量排名前三的单位分别是{摸排人员|排名(3, 值)}",
];

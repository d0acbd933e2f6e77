/**
 * 复工复产统计表: one sentence per class of business, as reports write it (全县规上工业企业92家已复工86家，
 * 复工率为93.5%; 个体工商户 counted in 户), with the staff back told 应…已…率; then how the main rate
 * moved, the units below 80% and the first three with their rates. What is 0 or past 100% is left out.
 */
export const RESUMPTION_NARRATIVE: readonly string[] = [
  "[截至{cutoff|datetime(不含年)}，]{region}{units|reporting}",
  "{region}规上工业企业{industryTotal}[已复工{industryResumed}][，复工率为{industryResumptionRate}][，{industryStaffRate|progress}]",
  "限上商贸企业{tradeTotal}[已复工{tradeResumed}][，复工率为{tradeResumptionRate}][，{tradeStaffRate|progress}]",
  "规上服务业企业{servicesTotal}[已复工{servicesResumed}][，复工率为{servicesResumptionRate}][，{servicesStaffRate|progress}]",
  "建筑业企业{constructionTotal}[已复工{constructionResumed}][，复工率为{constructionResumptionRate}][，{constructionStaffRate|progress}]",
  "个体工商户{selfEmployedTotal}[已复工{selfEmployedResumed}][，复工率为{selfEmployedResumptionRate}][，{selfEmployedStaffRate|progress}]",
  "规上工业企业复工率{industryResumptionRate|change}",
  "[规上工业企业复工率不足80%的单位有{industryResumptionRate|below(80)|count}个（{industryResumptionRate|below(80)}）]",
  "规上工业企业复工率排名前三的单位分别是{industryResumptionRate|top(3, 值)}",
];

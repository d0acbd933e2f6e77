/**
 * 防疫物资保障统计表: the sum prepared with its scope note, then what each class holds (domain.md §6:
 * 截至2月20日24时，全县共筹备各类防疫物资约930.95万元（含已收货未支付款项）。其中消杀类包括…；防护类包括…。).
 * The sum is 约: it includes goods received but not yet paid, whose price is not final.
 */
export const SUPPLIES_NARRATIVE: readonly string[] = [
  "!names disinfectant84Bottles=瓶装84消毒液",
  "[截至{cutoff|datetime(不含年)}，]{region}{units|reporting}",
  "{region}共筹备各类防疫物资{fundsPrepared|money(约)}",
  "其中{sections:消杀类,防护类,其他|includes}",
  "落实应急资金{emergencyFunds}[，{emergencyFunds|breakdown}]",
  "重点物资产能和库存方面，{section:重点物资产能与库存|list}",
];

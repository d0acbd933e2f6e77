/**
 * 防疫物资保障统计表: the sum prepared with its scope note, then what each class holds (domain.md §6:
 * 截至2月20日24时，全县共筹备各类防疫物资约930.95万元（含已收货未支付款项）。其中消杀类包括…；防护类包括…。).
 * The sum is 约: it includes goods received but not yet paid, whose price is not final.
 */
export const SUPPLIES_NARRATIVE: readonly string[] = [
  "!名称 84消毒液（瓶装）=瓶装84消毒液",
  "[截至{截至时间|时间(不含年)}，]{地区}{单位|报送情况}",
  "{地区}共筹备各类防疫物资{累计筹备物资金额|金额(约)}",
  "其中{各分组:消杀类,防护类,其他|包括}",
  "落实应急资金{应急资金}[，{应急资金|构成}]",
  "重点物资产能和库存方面，{分组:重点物资产能与库存|列举}",
];

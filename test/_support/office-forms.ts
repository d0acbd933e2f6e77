import { cellAddress } from "../../src/core/sheet";
import { figure, IndependentSums, partOf, SheetDrawing } from "./office-form-drawing";

/**
 * Ten forms as offices draw them, each a function of the unit filling it in. A list of indicators
 * (ListForm) or a grid of categories × measures (GridForm); each knows which cells a unit types, so
 * the sums and rates a consolidation must give are computed here, independently of HuiBao.
 */

export interface ListRow {
  /** As printed in the 主栏: with 其中：, numbering, spaces or a unit in brackets. */
  text: string;
  /** The row's name in the totals (what a clerk calls it); absent on headings and 其中： rows. */
  name?: string;
  /** In the 计量单位 column. */
  unit?: string;
  decimals?: boolean;
  /** The total this row is a part of (a 其中 part). */
  parent?: string;
  /** A figure at most this row's (采用 ≤ 报送), without being a 其中 part. */
  within?: string;
  /** Indented by the cell's alignment. */
  indent?: number;
  heading?: boolean;
  marker?: boolean;
  /** A rate row: numerator ÷ denominator × 100, in each typed column. */
  rate?: { numerator: string; denominator: string };
}

export interface ListColumn {
  head: string;
  name: string;
  role: "current" | "cumulative" | "last-year" | "change";
  group?: string;
}

export interface ListForm {
  kind: "list";
  id: string;
  title: string;
  /** Draws the title and header lines; returns the row where the head starts. */
  top(d: SheetDrawing, unit: string, width: number): number;
  stubHead: string;
  serial: boolean;
  unitColumn: boolean;
  noteColumn: boolean;
  columns: ListColumn[];
  rows: ListRow[];
  footer(d: SheetDrawing, row: number): void;
}

export interface GridColumn {
  head: string;
  name: string;
  group?: string;
  decimals?: boolean;
  /** A measure at most another's (已开工 ≤ 项目数). */
  within?: string;
  rate?: { numerator: string; denominator: string };
}

export interface GridForm {
  kind: "grid";
  id: string;
  title: string;
  top(d: SheetDrawing, unit: string, width: number): number;
  stubHead: string;
  categories: string[];
  total?: { label: string; position: "first" | "last"; formulas: boolean };
  columns: GridColumn[];
  noteColumn: boolean;
  footer(d: SheetDrawing, row: number): void;
}

export type OfficeForm = ListForm | GridForm;

/** A rate the consolidation must recompute from the summed parts. */
export interface ExpectedRate {
  name: string;
  numerator: string;
  denominator: string;
  scale: number;
}

const signature = (d: SheetDrawing, row: number) => {
  d.put(row, 0, "单位负责人：");
  d.put(row, 2, "填表人：");
  d.put(row, 3, "张三");
  d.put(row + 1, 0, "联系电话：");
  d.put(row + 1, 1, "0371-1234567");
  d.put(row + 1, 2, "报出日期：");
  d.put(row + 1, 3, "2023年2月21日");
};

/** A list form drawn for a unit (blank when `u` is undefined), with what the unit typed added to `sums`. */
export function drawList(form: ListForm, unit: string, u: number | undefined, sums?: IndependentSums): SheetDrawing {
  const d = new SheetDrawing();
  const twoRows = form.columns.some((c) => c.group);
  const serialCol = form.serial ? 0 : undefined;
  const labelCol = form.serial ? 1 : 0;
  const unitCol = form.unitColumn ? labelCol + 1 : undefined;
  const firstValue = (unitCol ?? labelCol) + 1;
  const noteCol = form.noteColumn ? firstValue + form.columns.length : undefined;
  const last = noteCol ?? firstValue + form.columns.length - 1;
  const head = form.top(d, unit, last);
  const bottom = twoRows ? head + 1 : head;
  const spanning = (col: number, text: string) => (twoRows ? d.merge(head, col, bottom, col, text) : d.put(head, col, text));
  if (serialCol !== undefined) spanning(serialCol, "序号");
  spanning(labelCol, form.stubHead);
  if (unitCol !== undefined) spanning(unitCol, "计量单位");
  form.columns.forEach((c, j) => {
    const col = firstValue + j;
    if (!c.group) return spanning(col, c.head);
    d.put(bottom, col, c.head);
    if (form.columns[j - 1]?.group === c.group) return;
    let end = j;
    while (form.columns[end + 1]?.group === c.group) end++;
    if (end > j) d.merge(head, col, head, firstValue + end, c.group);
    else d.put(head, col, c.group);
  });
  if (noteCol !== undefined) spanning(noteCol, "备注");

  const rowOf = new Map<string, number>();
  const valueOf = new Map<string, number>();
  const at = (name: string, j: number) => cellAddress(rowOf.get(name)!, firstValue + j);
  const current = form.columns.findIndex((c) => c.role === "current");
  const lastYear = form.columns.findIndex((c) => c.role === "last-year");
  let row = bottom + 1;
  let serial = 0;
  form.rows.forEach((r, i) => {
    if (r.heading) {
      d.merge(row, 0, row, last, r.text);
      row++;
      return;
    }
    if (r.marker) {
      d.put(row++, labelCol, r.text);
      return;
    }
    const name = r.name!;
    rowOf.set(name, row);
    if (serialCol !== undefined) d.put(row, serialCol, ++serial);
    d.put(row, labelCol, r.text, r.indent ? { indent: r.indent } : {});
    if (unitCol !== undefined) d.put(row, unitCol, r.unit);
    const siblings = r.parent ? form.rows.filter((o) => o.parent === r.parent).length : 0;
    form.columns.forEach((c, j) => {
      const col = firstValue + j;
      if (c.role === "change") {
        if (current < 0 || lastYear < 0) return;
        const [now, base] = [cellAddress(row, firstValue + current), cellAddress(row, firstValue + lastYear)];
        d.formula(row, col, r.rate ? `IF(OR(${now}="",${base}=""),"",${now}-${base})` : `IF(${base}=0,"",(${now}-${base})/${base}*100)`);
        return;
      }
      if (r.rate) {
        const [num, den] = [at(r.rate.numerator, j), at(r.rate.denominator, j)];
        d.formula(row, col, `IF(${den}=0,"",${num}/${den}*100)`);
        return;
      }
      if (u === undefined) return;
      const decimals = r.decimals ?? false;
      let value: number;
      if (r.parent) value = partOf(valueOf.get(`${r.parent}·${j}`)!, siblings, decimals);
      else if (r.within) value = partOf(valueOf.get(`${r.within}·${j}`)!, 1, decimals);
      else if (c.role === "cumulative" && current >= 0) value = Number((valueOf.get(`${name}·${current}`)! * 3 + 2).toFixed(2));
      else value = figure(u, i, j, decimals);
      valueOf.set(`${name}·${j}`, value);
      d.put(row, col, value);
      sums?.add(form.columns.length > 1 ? `${name}·${c.name}` : name, value);
    });
    row++;
  });
  form.footer(d, row + 1);
  return d;
}

/** A grid form drawn for a unit (blank when `u` is undefined), with what the unit typed added to `sums`. */
export function drawGrid(form: GridForm, unit: string, u: number | undefined, sums?: IndependentSums): SheetDrawing {
  const d = new SheetDrawing();
  const twoRows = form.columns.some((c) => c.group);
  const last = form.columns.length + (form.noteColumn ? 1 : 0);
  const head = form.top(d, unit, last);
  const bottom = twoRows ? head + 1 : head;
  const spanning = (col: number, text: string) => (twoRows ? d.merge(head, col, bottom, col, text) : d.put(head, col, text));
  spanning(0, form.stubHead);
  form.columns.forEach((c, j) => {
    const col = 1 + j;
    if (!c.group) return spanning(col, c.head);
    d.put(bottom, col, c.head);
    if (form.columns[j - 1]?.group === c.group) return;
    let end = j;
    while (form.columns[end + 1]?.group === c.group) end++;
    d.merge(head, col, head, 1 + end, c.group);
  });
  if (form.noteColumn) spanning(last, "备注");

  const first = bottom + 1;
  const totalFirst = form.total?.position === "first";
  const categoryRow = (i: number) => first + (totalFirst ? 1 : 0) + i;
  const totalRow = totalFirst ? first : categoryRow(form.categories.length);
  const colOf = (name: string) => 1 + form.columns.findIndex((c) => c.name === name);
  const unitTotals = new Map<string, number>();
  form.categories.forEach((category, i) => {
    const row = categoryRow(i);
    d.put(row, 0, category);
    const values = new Map<string, number>();
    form.columns.forEach((c, j) => {
      if (c.rate) {
        const [num, den] = [cellAddress(row, colOf(c.rate.numerator)), cellAddress(row, colOf(c.rate.denominator))];
        d.formula(row, 1 + j, `IF(${den}=0,"",${num}/${den}*100)`);
        return;
      }
      if (u === undefined) return;
      const decimals = c.decimals ?? false;
      const value = c.within ? partOf(values.get(c.within)!, 1, decimals) : figure(u, i, j, decimals);
      values.set(c.name, value);
      d.put(row, 1 + j, value);
      sums?.add(`${category}·${c.name}`, value);
      unitTotals.set(c.name, Number(((unitTotals.get(c.name) ?? 0) + value).toFixed(2)));
    });
  });
  if (form.total) {
    d.put(totalRow, 0, form.total.label);
    form.columns.forEach((c, j) => {
      const col = 1 + j;
      if (c.rate) {
        const [num, den] = [cellAddress(totalRow, colOf(c.rate.numerator)), cellAddress(totalRow, colOf(c.rate.denominator))];
        d.formula(totalRow, col, `IF(${den}=0,"",${num}/${den}*100)`);
      } else if (form.total!.formulas) d.formula(totalRow, col, `SUM(${cellAddress(categoryRow(0), col)}:${cellAddress(categoryRow(form.categories.length - 1), col)})`);
      else if (u !== undefined) d.put(totalRow, col, unitTotals.get(c.name)!);
    });
  }
  form.footer(d, Math.max(totalRow, categoryRow(form.categories.length - 1)) + 2);
  return d;
}

/** The rates a form's consolidation must recompute: a list's rate rows in each typed column, a grid's rate columns in each category and the 合计. */
export function expectedRates(form: OfficeForm): ExpectedRate[] {
  if (form.kind === "list") {
    const typed = form.columns.filter((c) => c.role !== "change");
    return form.rows.flatMap((r) =>
      r.rate ? typed.map((c) => ({ name: `${r.name}·${c.name}`, numerator: `${r.rate!.numerator}·${c.name}`, denominator: `${r.rate!.denominator}·${c.name}`, scale: 100 })) : [],
    );
  }
  return form.columns.flatMap((c) => (c.rate ? form.categories.map((k) => ({ name: `${k}·${c.name}`, numerator: `${k}·${c.rate!.numerator}`, denominator: `${k}·${c.rate!.denominator}`, scale: 100 })) : []));
}

/** The changes (同比增减) a list's consolidation must recompute from the summed 本期 and 上年同期. */
export function expectedChanges(form: OfficeForm): Array<{ name: string; current: string; base: string }> {
  if (form.kind !== "list") return [];
  const change = form.columns.find((c) => c.role === "change");
  const current = form.columns.find((c) => c.role === "current");
  const base = form.columns.find((c) => c.role === "last-year");
  if (!change || !current || !base) return [];
  return form.rows.filter((r) => r.name && !r.rate).map((r) => ({ name: `${r.name}·${change.name}`, current: `${r.name}·${current.name}`, base: `${r.name}·${base.name}` }));
}

const title = (d: SheetDrawing, text: string, width: number) => d.merge(0, 0, 0, width, text);

export const OFFICE_FORMS: OfficeForm[] = [
  {
    kind: "list",
    id: "supplies-own",
    title: "2023年防疫物资保障情况统计表",
    top(d, unit, width) {
      title(d, this.title, width);
      // 填报单位（盖章）merged across half the row; 截止时间 as a label and its value in the next cell.
      d.merge(1, 0, 1, 3, `填报单位（盖章）：${unit}`);
      d.put(1, 4, "截止时间：");
      d.put(1, 5, "2023年2月20日24时");
      return 2;
    },
    stubHead: "指标名称",
    serial: true,
    unitColumn: true,
    noteColumn: true,
    columns: [
      { head: "本期数", name: "本期数", role: "current" },
      { head: "累计数", name: "累计数", role: "cumulative" },
      { head: "上年同期", name: "上年同期", role: "last-year" },
    ],
    rows: [
      { text: "一、资金保障", heading: true },
      { text: "累计筹备物资金额", name: "累计筹备物资金额", unit: "万元", decimals: true },
      { text: "应急资金", name: "应急资金", unit: "万元", decimals: true },
      { text: "\u3000\u3000其中：先期拨付", name: "先期拨付", unit: "万元", decimals: true, parent: "应急资金" },
      { text: "二、防护物资", heading: true },
      { text: "医用口罩", name: "医用口罩", unit: "万只", decimals: true },
      { text: "防护服", name: "防护服", unit: "套" },
      { text: "手套", name: "手套", unit: "万副", decimals: true },
      { text: "三、消杀物资", heading: true },
      { text: "84消毒液", name: "84消毒液", unit: "吨", decimals: true },
      { text: "消毒粉", name: "消毒粉", unit: "吨", decimals: true },
      { text: "喷雾器", name: "喷雾器", unit: "个" },
      { text: "测温仪", name: "测温仪", unit: "个" },
      { text: "体温计", name: "体温计", unit: "支" },
    ],
    footer(d, row) {
      d.merge(row, 0, row, 6, "注：累计数为截至报告时点的累计筹备数；上年同期按去年同一时点填报。");
      signature(d, row + 1);
    },
  },
  {
    kind: "grid",
    id: "projects-grid",
    title: "重点项目建设进度统计表",
    top(d, unit, width) {
      title(d, this.title, width);
      d.put(1, 0, "填报单位：");
      d.put(1, 1, unit);
      d.put(1, 5, "截至时间：2023年3月1日");
      return 2;
    },
    stubHead: "类别＼指标",
    categories: ["交通项目", "水利项目", "能源项目", "市政项目", "产业项目"],
    total: { label: "合计", position: "first", formulas: true },
    columns: [
      { head: "项目数（个）", name: "项目数", group: "项目开工情况" },
      { head: "已开工（个）", name: "已开工", group: "项目开工情况", within: "项目数" },
      { head: "开工率（%）", name: "开工率", group: "项目开工情况", rate: { numerator: "已开工", denominator: "项目数" } },
      { head: "计划投资（万元）", name: "计划投资", group: "投资完成情况", decimals: true },
      { head: "完成投资（万元）", name: "完成投资", group: "投资完成情况", decimals: true, within: "计划投资" },
      { head: "投资完成率（%）", name: "投资完成率", group: "投资完成情况", rate: { numerator: "完成投资", denominator: "计划投资" } },
    ],
    noteColumn: true,
    footer: signature,
  },
  {
    kind: "list",
    id: "units-in-labels",
    title: "宣传文化工作月报表",
    top(d, unit, width) {
      title(d, this.title, width);
      d.put(1, 0, `填报单位：${unit}`);
      d.put(1, 2, "报告期：2023年3月");
      return 2;
    },
    stubHead: "项目",
    serial: false,
    unitColumn: false,
    noteColumn: false,
    columns: [
      { head: "本月", name: "本月", role: "current" },
      { head: "本年累计", name: "本年累计", role: "cumulative" },
    ],
    rows: [
      { text: "宣传经费（万元）", name: "宣传经费", decimals: true },
      { text: "文艺演出（场）", name: "文艺演出" },
      { text: "观众（万人次）", name: "观众", decimals: true },
      { text: "新闻稿件（篇）", name: "新闻稿件" },
      { text: "  其中：省级以上（篇）", name: "省级以上", parent: "新闻稿件" },
      { text: "短信（万条）", name: "短信", decimals: true },
    ],
    footer(d, row) {
      d.put(row, 0, "填表说明：1.本月数为当月新增；2.本年累计自1月1日起算。");
      signature(d, row + 1);
    },
  },
  {
    kind: "list",
    id: "two-row-head",
    title: "安全生产检查情况统计表",
    top(d, unit, width) {
      title(d, this.title, width);
      d.merge(1, 0, 1, width, `填报单位（盖章）：${unit}`);
      d.merge(2, 0, 2, width, "截至时间：2023年2月28日");
      return 3;
    },
    stubHead: "指标名称",
    serial: false,
    unitColumn: true,
    noteColumn: true,
    columns: [
      { head: "本期", name: "本期", role: "current", group: "本年" },
      { head: "累计", name: "累计", role: "cumulative", group: "本年" },
      // 上年 over 同期 (not merged: one column): the column is told 上年同期.
      { head: "同期", name: "上年同期", role: "last-year", group: "上年" },
    ],
    rows: [
      { text: "检查企业", name: "检查企业", unit: "家" },
      { text: "发现隐患", name: "发现隐患", unit: "处" },
      { text: "其中：重大隐患", name: "重大隐患", unit: "处", parent: "发现隐患", indent: 1 },
      { text: "已整改", name: "已整改", unit: "处", within: "发现隐患" },
      { text: "罚款金额", name: "罚款金额", unit: "万元", decimals: true },
    ],
    footer: signature,
  },
  {
    kind: "list",
    id: "numbered-tree",
    title: "春耕生产进度统计表",
    top(d, unit, width) {
      title(d, this.title, width);
      d.merge(1, 0, 1, width, "表号：农业1表　　制表机关：县农业农村局");
      d.put(2, 0, "填报单位：");
      d.put(2, 1, unit);
      d.put(2, 3, "报告期：");
      d.put(2, 4, "2023年4月");
      return 3;
    },
    stubHead: "项目",
    serial: true,
    unitColumn: true,
    noteColumn: false,
    columns: [
      { head: "本期", name: "本期", role: "current" },
      { head: "累计", name: "累计", role: "cumulative" },
    ],
    rows: [
      { text: "1.春播面积", name: "春播面积", unit: "亩", decimals: true },
      { text: "（1）粮食作物", name: "粮食作物", unit: "亩", decimals: true, parent: "春播面积" },
      { text: "（2）经济作物", name: "经济作物", unit: "亩", decimals: true, parent: "春播面积" },
      { text: "2.化肥施用量", name: "化肥施用量", unit: "吨", decimals: true },
      { text: "3.农机投入", name: "农机投入", unit: "台" },
      { text: "4.技术培训", name: "技术培训", unit: "人次" },
    ],
    footer: signature,
  },
  {
    kind: "list",
    id: "one-column",
    title: "信访维稳工作统计表",
    top(d, unit, width) {
      title(d, this.title, width);
      d.put(1, 0, "填报单位：");
      d.put(1, 1, unit);
      d.put(1, 3, "报告期：2023年第一季度");
      return 2;
    },
    stubHead: "指标名称",
    serial: true,
    unitColumn: true,
    noteColumn: true,
    columns: [{ head: "数值", name: "数值", role: "current" }],
    rows: [
      { text: "受理信访事项", name: "受理信访事项", unit: "件" },
      { text: "其中：网上信访", name: "网上信访", unit: "件", parent: "受理信访事项", indent: 2 },
      { text: "来信", name: "来信", unit: "件", parent: "受理信访事项", indent: 2 },
      { text: "排查矛盾纠纷", name: "排查矛盾纠纷", unit: "起" },
      { text: "化解矛盾纠纷", name: "化解矛盾纠纷", unit: "起", within: "排查矛盾纠纷" },
    ],
    footer(d, row) {
      d.put(row, 0, "说明：网上信访含12345转办件。");
      signature(d, row + 1);
    },
  },
  {
    kind: "list",
    id: "year-on-year",
    title: "宣传思想工作半年统计表",
    top(d, unit, width) {
      title(d, this.title, width);
      d.merge(1, 0, 1, 2, `填报单位（盖章）：${unit}`);
      d.put(1, 3, "报告期：2023年上半年");
      return 2;
    },
    stubHead: "指标名称",
    serial: true,
    unitColumn: true,
    noteColumn: false,
    columns: [
      { head: "本期", name: "本期", role: "current" },
      { head: "上年同期", name: "上年同期", role: "last-year" },
      { head: "同比增减（%）", name: "同比增减", role: "change" },
    ],
    rows: [
      { text: "一、理论武装", heading: true },
      { text: "中心组学习", name: "中心组学习", unit: "次" },
      { text: "宣讲", name: "宣讲", unit: "场" },
      { text: "二、信息工作", heading: true },
      { text: "信息报送", name: "信息报送", unit: "篇" },
      { text: "采用", name: "采用", unit: "篇", within: "信息报送" },
      { text: "采用率", name: "采用率", unit: "%", rate: { numerator: "采用", denominator: "信息报送" } },
    ],
    footer: signature,
  },
  {
    kind: "grid",
    id: "typed-total-last",
    title: "基层医疗机构服务量统计表",
    top(d, unit, width) {
      title(d, this.title, width);
      d.put(1, 0, `填报单位：${unit}`);
      d.put(1, 3, `报告期：2023年3月`);
      return 2;
    },
    stubHead: "项目",
    categories: ["乡镇卫生院", "社区卫生服务中心", "村卫生室", "民营诊所"],
    total: { label: "合计", position: "last", formulas: false },
    columns: [
      { head: "门诊量（人次）", name: "门诊量" },
      { head: "出院人数（人）", name: "出院人数" },
      { head: "床位（张）", name: "床位" },
    ],
    noteColumn: false,
    footer(d, row) {
      d.put(row, 0, "填表说明：合计行由填报单位自行相加。");
      signature(d, row + 1);
    },
  },
  {
    kind: "list",
    id: "marker-row",
    title: "防控排查日报表",
    top(d, unit, width) {
      title(d, this.title, width);
      d.put(1, 0, "填报单位");
      d.put(1, 1, unit);
      d.put(1, 3, "截至时间：2023年2月20日24时");
      return 2;
    },
    stubHead: "指标",
    serial: false,
    unitColumn: true,
    noteColumn: true,
    columns: [
      { head: "本日新增", name: "本日新增", role: "current" },
      { head: "累计", name: "累计", role: "cumulative" },
    ],
    rows: [
      { text: "排查人员", name: "排查人员", unit: "人" },
      { text: "其中：", marker: true },
      { text: "外省返乡", name: "外省返乡", unit: "人", parent: "排查人员", indent: 2 },
      { text: "省内返乡", name: "省内返乡", unit: "人", parent: "排查人员", indent: 2 },
      { text: "居家监测", name: "居家监测", unit: "人" },
      { text: "检测点", name: "检测点", unit: "个" },
    ],
    footer: signature,
  },
  {
    kind: "grid",
    id: "slashed-decimals",
    title: "粮油储备情况统计表",
    top(d, unit, width) {
      title(d, this.title, width);
      d.merge(1, 0, 1, 2, `填报单位（盖章）：${unit}`);
      d.put(1, 3, "截止时间：");
      d.put(1, 4, "2023年3月31日");
      return 2;
    },
    stubHead: "品名/项目",
    categories: ["大米", "面粉", "食用油", "蔬菜", "肉类"],
    columns: [
      { head: "库存量（吨）", name: "库存量", decimals: true },
      { head: "调入量（吨）", name: "调入量", decimals: true },
      { head: "储备金额（万元）", name: "储备金额", decimals: true },
    ],
    noteColumn: true,
    footer(d, row) {
      d.put(row, 0, "注：库存量按实物吨计。");
      signature(d, row + 1);
    },
  },
];

export function drawForm(form: OfficeForm, unit: string, u: number | undefined, sums?: IndependentSums): SheetDrawing {
  return form.kind === "list" ? drawList(form, unit, u, sums) : drawGrid(form, unit, u, sums);
}

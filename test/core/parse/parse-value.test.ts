import { describeParse, parseValue, type ParseField, type ParsedValue } from "../../../src/core/parse";
import type { CellValue } from "../../../src/core/sheet";
import type { ValueKind } from "../../../src/core/template/types";

/** A field of the given kind and unit, as an indicator or ledger column would describe it. */
function field(kind: ValueKind, unit?: string, options?: string[]): ParseField {
  return { kind, ...(unit !== undefined ? { unit } : {}), ...(options ? { options } : {}) };
}

function read(raw: CellValue | undefined, f: ParseField, year?: number): ParsedValue {
  return parseValue(raw, f, year === undefined ? {} : { year });
}

function said(parsed: ParsedValue): string {
  return describeParse(parsed).join(" / ");
}

function utc(year: number, month: number, day: number, hour = 0, minute = 0): Date {
  return new Date(Date.UTC(year, month - 1, day, hour, minute));
}

describe("parseValue on numbers", () => {
  const plain: [string, ParseField, number][] = [
    ["1,234", field("integer", "个"), 1234],
    ["１２３４", field("integer", "个"), 1234],
    ["1 234", field("integer"), 1234],
    ["1，234．5", field("decimal", "吨"), 1234.5],
    ["−5", field("integer"), -5],
    ["-5", field("integer"), -5],
    ["－5", field("integer"), -5],
    ["+7", field("integer"), 7],
    ["12个", field("integer", "个"), 12],
    ["12 个", field("integer", "个"), 12],
    ["3.2万", field("decimal", "万只"), 3.2],
    ["3.2万元", field("money", "万元"), 3.2],
    ["  300\u3000", field("integer", "人"), 300],
    ["'300", field("integer", "人"), 300],
    ["300。", field("integer", "人"), 300],
    ["87.6%", field("percent"), 87.6],
    ["87.6", field("percent", "%"), 87.6],
    ["87.6％", field("percent", "%"), 87.6],
    ["0", field("integer"), 0],
    ["5千瓦时", field("decimal", "千瓦时"), 5],
    ["1.5亿元", field("money", "亿元"), 1.5],
  ];
  test.each(plain)("reads %s as the number typed, without a step", (raw, f, expected) => {
    const parsed = read(raw, f);
    expect(parsed).toMatchObject({ status: "number", value: expected });
    expect(said(parsed)).toBe("");
  });

  const interpreted: [string, ParseField, number, string][] = [
    ["3.2万", field("integer", "个"), 32000, "按 3.2万 = 32000个 计"],
    ["3.2万", field("integer"), 32000, "按 3.2万 = 32000 计"],
    ["1.5亿", field("money", "元"), 150000000, "按 1.5亿 = 150000000元 计"],
    ["2000元", field("money", "万元"), 0.2, "按 2000元 = 0.2万元 计"],
    ["3.2万只", field("decimal", "只"), 32000, "按 3.2万只 = 32000只 计"],
    ["32000只", field("decimal", "万只"), 3.2, "按 32000只 = 3.2万只 计"],
    ["3万", field("money", "亿元"), 0.0003, "按 3万 = 0.0003亿元 计"],
    ["5公斤", field("decimal", "吨"), 0.005, "按 5公斤 = 0.005吨 计"],
    ["3斤", field("decimal", "公斤"), 1.5, "按 3斤 = 1.5公斤 计"],
    ["12万人次", field("integer", "人次"), 120000, "按 12万人次 = 120000人次 计"],
    ["5万条", field("integer", "万条"), 5, ""],
    ["一百二十", field("integer", "人"), 120, "按 一百二十 = 120人 计"],
    ["两千零五", field("integer"), 2005, "按 两千零五 = 2005 计"],
    ["三万四千", field("integer"), 34000, "按 三万四千 = 34000 计"],
    ["一点五", field("decimal"), 1.5, "按 一点五 = 1.5 计"],
    ["三万元", field("money", "万元"), 3, "按 三万元 = 3万元 计"],
    ["3万4千", field("integer"), 34000, "按 3万4千 = 34000 计"],
    ["百分之八十七点六", field("percent"), 87.6, "按 百分之八十七点六 = 87.6% 计"],
    ["3。2", field("decimal"), 3.2, "把“。”当作小数点，按 3。2 = 3.2 计"],
    ["8.5‰", field("percent"), 0.85, "按 8.5‰ = 0.85% 计"],
  ];
  test.each(interpreted)("reads %s in a field of %j as %d and says %s", (raw, f, expected, step) => {
    const parsed = read(raw, f);
    expect(parsed).toMatchObject({ status: "number", value: expected });
    expect(said(parsed)).toBe(step);
  });

  const qualified: [string, ParseField, number, string][] = [
    ["300余", field("integer", "人"), 300, "余"],
    ["约300", field("integer", "人"), 300, "约"],
    ["近300", field("integer", "人"), 300, "近"],
    ["300多", field("integer", "人"), 300, "多"],
    ["300左右", field("integer", "人"), 300, "左右"],
    ["300以上", field("integer", "人"), 300, "以上"],
    ["300人以下", field("integer", "人"), 300, "以下"],
    ["不足300", field("integer", "人"), 300, "不足"],
    ["将近300", field("integer", "人"), 300, "近"],
    ["逾300", field("integer", "人"), 300, "以上"],
    ["300上下", field("integer", "人"), 300, "左右"],
    ["300余人", field("integer", "人"), 300, "余"],
    ["20万余张", field("integer", "张"), 200000, "余"],
    ["300余万", field("integer", "人"), 3000000, "余"],
    ["300多万元", field("money", "万元"), 300, "多"],
    ["约3.2万", field("integer", "个"), 32000, "约"],
    ["近15万人次", field("integer", "万人次"), 15, "近"],
  ];
  test.each(qualified)("treats %s in %j as %d and keeps the qualifier %s", (raw, f, expected, qualifier) => {
    const parsed = read(raw, f);
    expect(parsed).toMatchObject({ status: "number", value: expected, qualifier });
    expect(said(parsed)).toContain(`保留“${qualifier}”`);
  });

  test("treats 300余 as 300 and says so", () => {
    expect(said(read("300余", field("integer", "人")))).toBe("按 300余 = 300人 计（保留“余”）");
  });

  test("reads a number cell as it is", () => {
    expect(read(1234.5, field("decimal", "吨"))).toEqual({ status: "number", value: 1234.5, raw: "1234.5", steps: [] });
  });

  test("reads a fraction in a percent field as percent, and says how to mean otherwise", () => {
    const typed = read("0.876", field("percent"));
    expect(typed).toMatchObject({ status: "number", value: 0.876 });
    expect(said(typed)).toBe("“0.876”按 0.876% 计；如果指的是 87.6%，请填 87.6");
    const cell = read(0.07, field("percent"));
    expect(cell).toMatchObject({ status: "number", value: 0.07 });
    expect(said(cell)).toBe("“0.07”按 0.07% 计；如果指的是 7%，请填 7");
    expect(said(read("0.5%", field("percent")))).toBe("");
  });
});

describe("parseValue on what is not a number", () => {
  const placeholders = ["x", "xx", "xxx", "X", "×", "__", "___", "＿＿", "*", "**", "某", "某某", "?", "xx万元", "约xx人", "x.x", "XX%"];
  test.each(placeholders)("recognises %s as a placeholder, not a number", (raw) => {
    const parsed = read(raw, field("money", "万元"));
    expect(parsed).toEqual({ status: "placeholder", raw });
    expect(said(parsed)).toBe(`“${raw}”是未填写的占位符，请填入实际内容`);
  });

  const nils = ["-", "—", "——", "－", "--", "/", "无", "暂无", "N/A", "不适用"];
  test.each(nils)("flags %s as a mark for none, never as 0", (raw) => {
    const parsed = read(raw, field("integer", "人"));
    expect(parsed).toEqual({ status: "nil", raw });
    expect(said(parsed)).toContain("如为零请填 0");
  });

  const invalid: [CellValue, ParseField, string, string][] = [
    ["abc", field("integer"), "parse.invalid.not-a-number", "“abc”不是数字"],
    ["共300人", field("integer", "人"), "parse.invalid.not-a-number", "“共300人”不是数字"],
    ["2*3", field("integer"), "parse.invalid.not-a-number", "“2*3”不是数字"],
    ["1,5", field("decimal"), "parse.invalid.bad-grouping", "“1,5”中的千分位分隔符位置不对（应每三位一组，如 1,234），无法确定是多少"],
    ["12,34", field("integer"), "parse.invalid.bad-grouping", "“12,34”中的千分位分隔符位置不对（应每三位一组，如 1,234），无法确定是多少"],
    ["300-500", field("integer"), "parse.invalid.range", "“300-500”是一个范围，请填一个数（可加“约”“左右”等字样）"],
    ["300~500人", field("integer", "人"), "parse.invalid.range", "“300~500人”是一个范围，请填一个数（可加“约”“左右”等字样）"],
    ["300至500", field("integer"), "parse.invalid.range", "“300至500”是一个范围，请填一个数（可加“约”“左右”等字样）"],
    ["5公斤", field("integer", "人"), "parse.invalid.unit-mismatch", "“5公斤”单位不符：填的是 公斤，本栏单位 人"],
    ["300人次", field("integer", "人"), "parse.invalid.unit-mismatch", "“300人次”单位不符：填的是 人次，本栏单位 人"],
    ["50%", field("integer", "人"), "parse.invalid.unit-mismatch", "“50%”单位不符：填的是 %，本栏单位 人"],
    [true, field("integer"), "parse.invalid.boolean", "“TRUE”是逻辑值（TRUE/FALSE），本栏不能填逻辑值"],
    [utc(2023, 3, 5), field("integer"), "parse.invalid.date-in-number", "“2023/3/5”是日期，本栏应填数字（Excel 可能把“3-5”之类的输入自动改成了日期）"],
    [Number.NaN, field("decimal"), "parse.invalid.not-finite", "“NaN”不是有效的数值"],
    ["1e999", field("decimal"), "parse.invalid.scientific", "“1e999”是科学计数法，不像填写的数值（可能是从别处复制来的），未按数值计；请填写完整的数字"],
    ["1e3", field("decimal", "吨"), "parse.invalid.scientific", "“1e3”是科学计数法，不像填写的数值（可能是从别处复制来的），未按数值计；请填写完整的数字"],
    ["1.2E+05", field("integer"), "parse.invalid.scientific", "“1.2E+05”是科学计数法，不像填写的数值（可能是从别处复制来的），未按数值计；请填写完整的数字"],
    [{ error: "#DIV/0!" }, field("percent"), "parse.invalid.cell-error", "单元格是错误值 #DIV/0!，通常是公式出错"],
  ];
  test.each(invalid)("rejects %p visibly", (raw, f, reason, text) => {
    const parsed = read(raw, f);
    expect(parsed).toMatchObject({ status: "invalid", reason });
    expect(said(parsed)).toBe(text);
  });

  test("treats null, undefined, an empty string and spaces as empty", () => {
    for (const raw of [null, undefined, "", "   ", "\u3000\u200b"]) expect(read(raw, field("integer"))).toEqual({ status: "empty" });
  });
});

describe("parseValue on dates", () => {
  const days: [CellValue, string, Date][] = [
    ["2023年2月20日", "", utc(2023, 2, 20)],
    ["2023年2月20号", "", utc(2023, 2, 20)],
    ["2023-2-20", "", utc(2023, 2, 20)],
    ["2023/02/20", "", utc(2023, 2, 20)],
    ["2023.2.20", "", utc(2023, 2, 20)],
    ["2023. 2. 20", "", utc(2023, 2, 20)],
    [utc(2023, 2, 20), "", utc(2023, 2, 20)],
    [44977, "按 Excel 日期序号 44977 = 2023年2月20日 计", utc(2023, 2, 20)],
    ["44977", "按 Excel 日期序号 44977 = 2023年2月20日 计", utc(2023, 2, 20)],
    ["20230220", "按 20230220 = 2023年2月20日 计", utc(2023, 2, 20)],
    [20230220, "按 20230220 = 2023年2月20日 计", utc(2023, 2, 20)],
    ["二〇二三年三月一日", "按 二〇二三年三月一日 = 2023年3月1日 计", utc(2023, 3, 1)],
    ["23年3月1日", "“23年3月1日”的年份只写了两位，按 2023 年计", utc(2023, 3, 1)],
    ["2023-02-20 18:00", "本栏只填日期，“2023-02-20 18:00”中的时刻未采用", utc(2023, 2, 20)],
  ];
  test.each(days)("reads %p as a day", (raw, step, expected) => {
    const parsed = read(raw, field("date"));
    expect(parsed).toMatchObject({ status: "date", value: expected });
    expect(said(parsed)).toBe(step);
  });

  test("reads 2月20日24时 with the report's year as the next day's 0时, keeping 24时 as written", () => {
    const parsed = read("截至2月20日24时", field("datetime"), 2023);
    expect(parsed).toMatchObject({ status: "date", value: utc(2023, 2, 21), time: { hour: 24, minute: 0 } });
    expect(said(parsed)).toBe("“截至2月20日24时”没有写年份，按 2023 年计");
  });

  test("reads date-times with a clock time", () => {
    expect(read("2023-02-20 18:00", field("datetime"))).toMatchObject({ value: utc(2023, 2, 20, 18), time: { hour: 18, minute: 0 } });
    expect(read("2023年2月20日18时30分", field("datetime"))).toMatchObject({ value: utc(2023, 2, 20, 18, 30), time: { hour: 18, minute: 30 } });
    expect(read(44977.75, field("datetime"))).toMatchObject({ value: utc(2023, 2, 20, 18), time: { hour: 18, minute: 0 } });
  });

  const bad: [CellValue, string, string][] = [
    ["2023年2月30日", "parse.invalid.no-such-date", "“2023年2月30日”不是有效日期（没有这一天或这一时刻）"],
    ["2023-02-20 25:00", "parse.invalid.no-such-date", "“2023-02-20 25:00”不是有效日期（没有这一天或这一时刻）"],
    ["2023年2月", "parse.invalid.missing-day", "“2023年2月”没有写到日"],
    ["2月20日", "parse.invalid.missing-year", "“2月20日”没有写年份"],
    ["下周一", "parse.invalid.not-a-date", "“下周一”不是日期，请按 2023年2月20日 或 2023-2-20 的样子填写"],
    [2023, "parse.invalid.not-a-date", "“2023”不是日期，请按 2023年2月20日 或 2023-2-20 的样子填写"],
  ];
  test.each(bad)("rejects %p as a date", (raw, reason, text) => {
    const parsed = read(raw, field("datetime"));
    expect(parsed).toMatchObject({ status: "invalid", reason });
    expect(said(parsed)).toBe(text);
  });

  test("recognises a date with placeholders and a dash for none", () => {
    expect(read("2023年X月X日", field("date"))).toEqual({ status: "placeholder", raw: "2023年X月X日" });
    expect(read("xxxx-xx-xx", field("date"))).toEqual({ status: "placeholder", raw: "xxxx-xx-xx" });
    expect(read("—", field("date"))).toEqual({ status: "nil", raw: "—" });
  });
});

describe("parseValue on text and options", () => {
  const statuses = ["已完成", "立行立改", "持续推进", "未启动"];

  test("keeps text as typed, trimmed", () => {
    expect(read("  城关镇人民政府 ", field("text"))).toEqual({ status: "text", value: "城关镇人民政府", raw: "城关镇人民政府", steps: [] });
    expect(read(13800138000, field("text"))).toMatchObject({ status: "text", value: "13800138000" });
  });

  test("flags placeholders left in text but not a single X", () => {
    for (const raw of ["XX镇", "____单位", "某某社区", "xx"]) expect(read(raw, field("text"))).toEqual({ status: "placeholder", raw });
    expect(read("X光机", field("text"))).toMatchObject({ status: "text", value: "X光机" });
  });

  test("matches an option tolerant of spaces and full-width letters, and says so", () => {
    const parsed = read("已 完成", field("enum", undefined, statuses));
    expect(parsed).toMatchObject({ status: "text", value: "已完成" });
    expect(said(parsed)).toBe("“已 完成”按选项“已完成”计");
    expect(read("ＯＫ", field("enum", undefined, ["ok", "no"]))).toMatchObject({ value: "ok" });
    expect(said(read("未启动", field("enum", undefined, statuses)))).toBe("");
  });

  test("rejects an answer outside the options, naming them", () => {
    const parsed = read("完成了", field("enum", undefined, statuses));
    expect(said(parsed)).toBe("“完成了”不是可选项，应为以下之一：已完成、立行立改、持续推进、未启动");
  });
});

describe("edge cases", () => {
  test("never turns words into 0", () => {
    for (const raw of ["无", "零报告", "没有", "N/A", "空"]) expect(read(raw, field("integer"))).not.toMatchObject({ status: "number" });
  });

  test("reads a written zero as 0 and says so for 零", () => {
    expect(read("零", field("integer"))).toMatchObject({ status: "number", value: 0 });
    expect(read("〇", field("integer"))).toMatchObject({ status: "number", value: 0 });
    expect(read(-0, field("integer"))).toMatchObject({ value: 0 });
    expect(Object.is((read("-0", field("integer")) as { value: number }).value, 0)).toBe(true);
  });

  test("keeps decimal arithmetic exact through 万 and unit conversion", () => {
    expect(read("0.1万", field("integer"))).toMatchObject({ value: 1000 });
    expect(read("1.1万", field("integer", "个"))).toMatchObject({ value: 11000 });
    expect(read("3元", field("money", "万元"))).toMatchObject({ value: 0.0003 });
    expect(read("0.3万元", field("money", "元"))).toMatchObject({ value: 3000 });
  });

  test("drops a unit written in a field without one, and says so", () => {
    const parsed = read("12人", field("integer"));
    expect(parsed).toMatchObject({ status: "number", value: 12 });
    expect(said(parsed)).toBe("本栏没有规定计量单位，“12人”按 12 计（单位“人”未换算）");
  });

  test("keeps the first qualifier when a clerk writes two", () => {
    expect(read("约300左右", field("integer"))).toMatchObject({ value: 300, qualifier: "约" });
  });

  test("reads colloquial Chinese numbers", () => {
    expect(read("三万五", field("integer"))).toMatchObject({ value: 35000 });
    expect(read("一百二", field("integer"))).toMatchObject({ value: 120 });
    expect(read("1亿2000万", field("integer"))).toMatchObject({ value: 120000000 });
    expect(read("廿三", field("integer"))).toMatchObject({ value: 23 });
    expect(read("壹佰贰拾", field("integer"))).toMatchObject({ value: 120 });
    expect(read("负五", field("integer"))).toMatchObject({ value: -5 });
  });

  test("rejects numbers that are not one number", () => {
    for (const raw of ["三四", "五百三千", "万", "1.2.3", "12:30"]) expect(read(raw, field("integer"))).toMatchObject({ status: "invalid" });
  });

  test("reads or refuses a very long cell quickly", () => {
    const started = Date.now();
    for (const raw of ["1".repeat(20000), "一十".repeat(10000), `1${"万".repeat(20000)}`, `1${"十".repeat(20000)}人`, "1,".repeat(10000), "x".repeat(20000)]) {
      expect(read(raw, field("integer", "人")).status).not.toBe("number");
    }
    expect(Date.now() - started).toBeLessThan(2000);
  });

  test("gives back 千 to a unit that starts with it", () => {
    expect(read("5万千瓦时", field("decimal", "千瓦时"))).toMatchObject({ value: 50000 });
    expect(read("5千克", field("decimal", "公斤"))).toMatchObject({ value: 5 });
  });

  test("speaks English when asked", () => {
    expect(describeParse(read("2000元", field("money", "万元")), "en-US")).toEqual(["read 2000元 as 0.2万元"]);
  });
});

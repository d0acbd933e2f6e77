import fc from "fast-check";
import { parseValue, plainDate, plainValue, type ParseField } from "../../../src/core/parse";
import type { ValueKind } from "../../../src/core/template/types";
import { cellValueArb } from "../../_support/fuzz-cells";

const KINDS: ValueKind[] = ["integer", "decimal", "money", "percent", "date", "datetime", "text", "enum"];
const fieldArb: fc.Arbitrary<ParseField> = fc.record({
  kind: fc.constantFrom(...KINDS),
  unit: fc.constantFrom(undefined, "万元", "个", "%"),
  options: fc.constantFrom(undefined, [], ["已完成", "整改中", "立行立改"]),
});
const valueArb = fc.oneof(cellValueArb, fc.constantFrom(" 已完成", "已完成", "已 完 成", "XX镇", "ｘｘ", "整改中\u200b", "0.876"), fc.string({ unit: "binary", maxLength: 6 }));

describe("plainValue", () => {
  it("is the value parseValue reads, whenever it gives one, with no step to tell", () => {
    fc.assert(
      fc.property(valueArb, fieldArb, (raw, field) => {
        const plain = plainValue(raw, field);
        if (plain === undefined) return;
        const parsed = parseValue(raw, field);
        expect(parsed.status === "number" || parsed.status === "text").toBe(true);
        if (parsed.status === "number" || parsed.status === "text") {
          expect(parsed.value).toBe(plain);
          expect(parsed.steps).toEqual([]);
        }
      }),
      { numRuns: 5000 },
    );
  });

  it("takes numbers in number fields and text in text fields, and leaves the rest to parseValue", () => {
    expect(plainValue(799.28, { kind: "money" })).toBe(799.28);
    expect(Object.is(plainValue(-0, { kind: "integer" }), 0)).toBe(true);
    expect(plainValue(0.876, { kind: "percent" })).toBeUndefined();
    expect(plainValue(87.6, { kind: "percent" })).toBe(87.6);
    expect(plainValue(Infinity, { kind: "decimal" })).toBeUndefined();
    expect(plainValue(12, { kind: "text" })).toBeUndefined();
    expect(plainValue("  整改措施 ", { kind: "text" })).toBe("整改措施");
    expect(plainValue("XX镇", { kind: "text" })).toBeUndefined();
    expect(plainValue("已完成", { kind: "enum", options: ["已完成", "整改中"] })).toBe("已完成");
    expect(plainValue("已 完成", { kind: "enum", options: ["已完成", "整改中"] })).toBeUndefined();
    expect(plainValue("3.2万", { kind: "integer" })).toBeUndefined();
    expect(plainValue("", { kind: "text" })).toBeUndefined();
  });
});

describe("trimming a cell (through parseValue)", () => {
  it("drops spaces of every kind at both ends, zero-width ones too, and nothing else", () => {
    const edge = fc.constantFrom(" ", "\u3000", "\u00a0", "\u200b", "\ufeff", "\t", "\n");
    fc.assert(
      fc.property(fc.array(edge, { maxLength: 2 }), fc.constantFrom("整改措施", "a b", "已完成", "X光机"), fc.array(edge, { maxLength: 2 }), (before, body, after) => {
        const parsed = parseValue(before.join("") + body + after.join(""), { kind: "text" });
        expect(parsed.status === "text" && parsed.value).toBe(body);
      }),
    );
  });
});

describe("plainDate", () => {
  const date = { kind: "date" as const };
  const day = (iso: string) => new Date(`${iso}Z`);

  it("takes a whole day in a date field as it stands, the cell's own Date, as parseValue reads it with no step", () => {
    for (const value of [day("2023-02-20T00:00:00"), day("1969-12-31T00:00:00"), day("2099-01-01T00:00:00")]) {
      expect(plainDate(value, date)).toBe(value);
      expect(parseValue(value, date)).toMatchObject({ status: "date", value, steps: [] });
    }
  });

  it("is, whenever it gives one, the day parseValue reads, with no step to tell", () => {
    const dayArb = fc.integer({ min: -30000, max: 80000 }).map((days) => new Date(days * 86_400_000));
    fc.assert(
      fc.property(fc.oneof(valueArb, dayArb, fc.date()), fieldArb, (raw, field) => {
        const plain = plainDate(raw, field);
        if (plain === undefined) return;
        const parsed = parseValue(raw, field);
        expect(parsed.status).toBe("date");
        if (parsed.status === "date") {
          expect(parsed.value.getTime()).toBe(plain.getTime());
          expect(parsed.steps).toEqual([]);
          expect(parsed.time).toBeUndefined();
        }
      }),
      { numRuns: 3000 },
    );
  });

  it("leaves to parseValue a time of day, a datetime field, an invalid date, text and serial numbers", () => {
    expect(plainDate(day("2023-02-20T18:00:00"), date)).toBeUndefined();
    expect(plainDate(day("2023-02-20T00:00:00"), { kind: "datetime" })).toBeUndefined();
    expect(plainDate(new Date(NaN), date)).toBeUndefined();
    expect(plainDate("2023-02-20", date)).toBeUndefined();
    expect(plainDate(44977, date)).toBeUndefined();
    expect(plainDate(day("2023-02-20T00:00:00"), { kind: "text" })).toBeUndefined();
  });
});

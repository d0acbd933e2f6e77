import fc from "fast-check";
import { parseValue, type ParseField, type Qualifier } from "../../../src/core/parse";
import type { ValueKind } from "../../../src/core/template/types";

/** A figure as exact digits: mantissa and a count of decimals, so the expected number is exact too. */
interface Figure {
  mantissa: number;
  decimals: number;
}

const figure: fc.Arbitrary<Figure> = fc.record({
  mantissa: fc.integer({ min: 0, max: 999_999_999_999 }),
  decimals: fc.integer({ min: 0, max: 4 }),
});

function digitsOf({ mantissa, decimals }: Figure): { whole: string; fraction: string } {
  const text = String(mantissa).padStart(decimals + 1, "0");
  return { whole: text.slice(0, text.length - decimals), fraction: text.slice(text.length - decimals) };
}

function valueOf({ mantissa, decimals }: Figure, power = 0): number {
  return Number(`${mantissa}e${power - decimals}`);
}

/** The ways clerks write a figure, each a function of its digits. */
const writings: Record<string, (whole: string, fraction: string) => string> = {
  plain: (whole, fraction) => whole + (fraction ? `.${fraction}` : ""),
  thousands: (whole, fraction) => whole.replace(/\B(?=(\d{3})+$)/g, ",") + (fraction ? `.${fraction}` : ""),
  fullWidthThousands: (whole, fraction) => toFullWidth(whole.replace(/\B(?=(\d{3})+$)/g, "，") + (fraction ? `．${fraction}` : "")),
  fullWidth: (whole, fraction) => toFullWidth(whole + (fraction ? `.${fraction}` : "")),
  spaced: (whole, fraction) => ` ${whole.replace(/\B(?=(\d{3})+$)/g, " ")}${fraction ? `.${fraction}` : ""}\u3000`,
};

function toFullWidth(text: string): string {
  return text.replace(/[0-9.]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0));
}

const qualifierWritings: [Qualifier, (figure: string) => string][] = [
  ["约", (n) => `约${n}`],
  ["近", (n) => `近${n}`],
  ["余", (n) => `${n}余`],
  ["多", (n) => `${n}多`],
  ["左右", (n) => `${n}左右`],
  ["以上", (n) => `${n}以上`],
  ["以下", (n) => `${n}以下`],
];

const numberField: fc.Arbitrary<ParseField> = fc.constantFrom<ParseField>(
  { kind: "integer" },
  { kind: "decimal", unit: "吨" },
  { kind: "money", unit: "元" },
  { kind: "integer", unit: "人次" },
);

describe("parseValue properties", () => {
  test("a figure written the way clerks write it parses back to itself", () => {
    fc.assert(
      fc.property(figure, fc.constantFrom(...Object.keys(writings)), numberField, fc.boolean(), (f, style, field, negative) => {
        const { whole, fraction } = digitsOf(f);
        const text = (negative ? "-" : "") + writings[style]!(whole, fraction);
        const expected = negative ? -valueOf(f) : valueOf(f);
        expect(parseValue(text, field)).toMatchObject({ status: "number", value: expected === 0 ? 0 : expected });
      }),
    );
  });

  test("a figure written with 万 or 亿 parses to the exact whole number in the field's unit", () => {
    const magnitudes: [string, number][] = [["万", 4], ["亿", 8]];
    fc.assert(
      fc.property(figure, fc.constantFrom(...magnitudes), fc.constantFrom("个", "张", "人次"), (f, [word, power], unit) => {
        const small = { mantissa: f.mantissa % 1_000_000, decimals: f.decimals };
        const { whole, fraction } = digitsOf(small);
        const parsed = parseValue(`${whole}${fraction ? `.${fraction}` : ""}${word}`, { kind: "decimal", unit });
        expect(parsed).toMatchObject({ status: "number", value: valueOf(small, power) });
      }),
    );
  });

  test("a qualified figure parses to the figure and keeps the qualifier", () => {
    fc.assert(
      fc.property(figure, fc.constantFrom(...qualifierWritings), fc.boolean(), (f, [qualifier, write], withWan) => {
        const { whole, fraction } = digitsOf(f);
        const written = whole + (fraction ? `.${fraction}` : "") + (withWan ? "万" : "");
        const parsed = parseValue(write(written), { kind: "decimal", unit: "人" });
        expect(parsed).toMatchObject({ status: "number", value: valueOf(f, withWan ? 4 : 0), qualifier });
      }),
    );
  });

  const kinds: ValueKind[] = ["integer", "decimal", "money", "percent", "date", "datetime", "text", "enum"];
  const anyField: fc.Arbitrary<ParseField> = fc.record({
    kind: fc.constantFrom(...kinds),
    unit: fc.constantFrom(undefined, "人", "万元", "吨", "%", "万人次", ""),
    options: fc.constantFrom(undefined, ["已完成", "未启动"]),
  }).map((f) => Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined)) as unknown as ParseField);

  /** Characters clerks' cells are made of, so random strings come close to real ones. */
  const clerkChars = [..."0123456789０１２３４５６７８９.,，．。%％‰ -−－+—~/xX×*_某?约近余多左右以上下不足万亿千百十零〇一二两三四五六七八九点负元人次个吨斤公克年月日时分号截至e'\u3000"];
  const clerkText = fc.string({ unit: fc.constantFrom(...clerkChars), maxLength: 16 });

  test("never throws, whatever the text", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "binary" }), clerkText), anyField, (text, field) => {
        expect(() => parseValue(text, field, { year: 2023 })).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });

  test("never throws, whatever the cell", () => {
    const cell = fc.oneof(fc.double(), fc.boolean(), fc.date({ noInvalidDate: false }), fc.constant(null), fc.record({ error: fc.string() }));
    fc.assert(
      fc.property(cell, anyField, (value, field) => {
        expect(() => parseValue(value, field)).not.toThrow();
      }),
    );
  });

  test("text without a written zero never reads as 0, and no reading is NaN", () => {
    fc.assert(
      fc.property(fc.oneof(clerkText, fc.string()), numberField, (text, field) => {
        const parsed = parseValue(text, field);
        if (parsed.status !== "number") return;
        expect(Number.isFinite(parsed.value)).toBe(true);
        if (!/[0０零〇]/.test(text.normalize("NFKC"))) expect(parsed.value).not.toBe(0);
      }),
      { numRuns: 1000 },
    );
  });
});

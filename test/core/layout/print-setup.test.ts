import { columnPoints, LEGIBLE_SCALE, printSetupFor, type PrintLayout } from "../../../src/core/layout/print-setup";

/** Column widths (characters) adding up to about `points` printed points. */
function widthsFor(points: number, columns = 10): number[] {
  const each = points / columns / 5.55;
  return Array<number>(columns).fill(each);
}

function layout(extra: Partial<PrintLayout> = {}): PrintLayout {
  return { title: "测试统计表", columnWidths: widthsFor(400), rowHeights: {}, rowCount: 20, titleRows: { first: 3, last: 3 }, ...extra };
}

describe("printSetupFor", () => {
  it("prints a table as wide as a portrait page upright at full size", () => {
    const print = printSetupFor(layout());
    expect(print).toMatchObject({ paperSize: "A4", orientation: "portrait", scale: 100, rowBreaks: [] });
  });

  it("turns a table too wide for a portrait page across the page", () => {
    expect(printSetupFor(layout({ columnWidths: widthsFor(700) }))).toMatchObject({ orientation: "landscape", scale: 100 });
  });

  it("shrinks a table a little wider than a landscape page onto it, as far as it stays legible", () => {
    const print = printSetupFor(layout({ columnWidths: widthsFor(800) }));
    expect(print.orientation).toBe("landscape");
    expect(print.scale).toBeGreaterThanOrEqual(LEGIBLE_SCALE);
    expect(print.scale).toBeLessThan(100);
  });

  it("never shrinks a wide table below the legible scale: it runs onto pages to the right with its label columns repeated", () => {
    const print = printSetupFor(layout({ columnWidths: widthsFor(3000, 30), titleColumns: { first: 0, last: 1 } }));
    expect(print).toMatchObject({ orientation: "landscape", scale: LEGIBLE_SCALE, titleColumns: { first: 0, last: 1 }, titleRows: { first: 3, last: 3 } });
  });

  it("shrinks a form a little longer than a page onto one page, but not below the legible scale", () => {
    const oneAndABit = printSetupFor(layout({ rowCount: 48 }));
    expect(oneAndABit.scale).toBeLessThan(100);
    expect(oneAndABit.scale).toBeGreaterThanOrEqual(LEGIBLE_SCALE);
    expect(oneAndABit.rowBreaks).toEqual([]);
    const long = printSetupFor(layout({ rowCount: 200 }));
    expect(long.scale).toBe(100);
    expect(long.rowBreaks.length).toBeGreaterThan(3);
  });

  it("puts the title in the page header and 第 N 页 共 M 页 in the footer, an ampersand doubled", () => {
    const print = printSetupFor(layout({ title: "R&D 统计表" }));
    expect(print.header).toBe("R&&D 统计表");
    expect(print.footer).toBe("第 &P 页 共 &N 页");
  });

  describe("the signature block", () => {
    it("keeps table rows above it on its page where the table would end just before it", () => {
      // Row heights of 16 points: a landscape page takes about 30 rows; the signature starts the third page.
      const plain = printSetupFor(layout({ columnWidths: widthsFor(700), rowCount: 65 }));
      const lastBreak = plain.rowBreaks.at(-1)!;
      const signature = { first: lastBreak, last: 64 };
      const kept = printSetupFor(layout({ columnWidths: widthsFor(700), rowCount: 65, signature }));
      expect(kept.rowBreaks.at(-1)).toBe(signature.first - 3);
      expect(kept.rowBreaks.slice(0, -1)).toEqual(plain.rowBreaks.slice(0, -1));
    });

    it("leaves the breaks alone where the table's last page already has rows above it", () => {
      const plain = printSetupFor(layout({ columnWidths: widthsFor(700), rowCount: 80 }));
      const signature = { first: 76, last: 79 };
      expect(printSetupFor(layout({ columnWidths: widthsFor(700), rowCount: 80, signature })).rowBreaks).toEqual(plain.rowBreaks);
    });
  });

  describe("edge cases", () => {
    it("counts a column's printed width as the wider of Excel (7 pixels a unit and 5 of padding) and LibreOffice (5.55 points a unit)", () => {
      expect(columnPoints(6)).toBeCloseTo(35.25);
      expect(columnPoints(60)).toBeCloseTo(333);
    });

    it("plans an empty sheet upright on one page", () => {
      expect(printSetupFor(layout({ columnWidths: [], rowCount: 0 }))).toMatchObject({ orientation: "portrait", scale: 100, rowBreaks: [] });
    });
  });
});

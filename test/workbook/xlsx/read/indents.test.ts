import ExcelJS from "exceljs";
import { readWorkbookValues } from "../../../../src/workbook/xlsx/read";

/** A 其中 row's place in the tree is often only its label's indentation: the reader keeps it for labels. */
describe("reading label indents", () => {
  it("keeps the alignment indent of text cells, by row and column, and nothing for the others", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("表");
    sheet.getCell("A1").value = "应急资金";
    sheet.getCell("A2").value = "其中：先期拨付";
    sheet.getCell("A2").alignment = { indent: 2 };
    sheet.getCell("B2").value = 12.5;
    sheet.getCell("B2").alignment = { indent: 1 };
    sheet.getCell("A3").value = "物资";
    sheet.getCell("A3").alignment = { horizontal: "center" };
    const values = readWorkbookValues(new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(values.sheets[0].indents).toEqual({ "1,0": 2 });
  });

  describe("edge cases", () => {
    it("leaves indents out of a sheet with none", async () => {
      const workbook = new ExcelJS.Workbook();
      workbook.addWorksheet("表").getCell("A1").value = "合计";
      const values = readWorkbookValues(new Uint8Array(await workbook.xlsx.writeBuffer()));
      expect(values.sheets[0].indents).toBeUndefined();
    });
  });
});

import { documentWorkbookId, newWorkbookId } from "../../../src/taskpane/drafts";
import { createForm } from "../../../src/app";
import { XlsxWorkbook } from "../../../src/workbook/xlsx";
import { smallIndicatorTemplate } from "../../_support/template-factory";

describe("a workbook's id", () => {
  it("is made once and kept in an Excel workbook's settings", () => {
    const values = new Map<string, unknown>();
    const saveAsync = jest.fn();
    const settings = { get: (name: string) => values.get(name), set: (name: string, value: unknown) => void values.set(name, value), saveAsync };
    const id = documentWorkbookId(settings);
    expect(id).toMatch(/\S{8,}/);
    expect(documentWorkbookId(settings)).toBe(id);
    expect(saveAsync).toHaveBeenCalledTimes(1);
  });

  it("travels inside an .xlsx file, whatever it is called, beside the clerk's own keywords", async () => {
    const book = XlsxWorkbook.create("汇报通工作簿.xlsx");
    await createForm(book, smallIndicatorTemplate());
    expect(book.identifier).toBe("");
    const id = newWorkbookId();
    book.identifier = id;
    const again = await XlsxWorkbook.load(await book.toBytes(), "改了名字.xlsx");
    expect(again.identifier).toBe(id);
    again.identifier = "other";
    expect(again.identifier).toBe("other");
  });

  describe("edge cases", () => {
    it("differs between two workbooks even without crypto.randomUUID", () => {
      expect(newWorkbookId({})).not.toBe(newWorkbookId({}));
    });
  });
});

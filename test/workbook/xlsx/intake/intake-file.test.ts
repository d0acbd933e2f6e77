import { strToU8 } from "fflate";
import { intakeFile } from "../../../../src/workbook/xlsx/intake";
import type { FileKind } from "../../../../src/workbook/xlsx/intake";
import { oneSheet, zipOf } from "../read/_support/xlsx-factory";
import { biffStream, buildCompoundFile } from "./_support/compound-file-factory";
import { problemText } from "../../../../src/core/locale";

describe("intakeFile", () => {
  it("reads an .xlsx and hands back its values", () => {
    const result = intakeFile(oneSheet(`<row r="1"><c r="A1" t="inlineStr"><is><t>城关镇</t></is></c><c r="B1"><v>92</v></c></row>`), "城关镇.xlsx");
    expect(result).toMatchObject({ ok: true, kind: "xlsx" });
    expect(result.ok && result.values.sheets[0].rows).toEqual([["城关镇", 92]]);
  });

  const refusals: Array<[string, FileKind, () => Uint8Array, string, RegExp]> = [
    ["an Excel 97-2003 file", "legacy-xls", () => buildCompoundFile([{ name: "Workbook", data: biffStream() }]), "legacy-xls", /旧版.*另存为.*Excel 工作簿 \(\*\.xlsx\)/],
    ["a WPS .et file", "et", () => buildCompoundFile([{ name: "Workbook", data: biffStream() }]), "legacy-xls", /WPS 表格.*另存为/],
    ["a password-protected .xlsx", "encrypted", () => buildCompoundFile([{ name: "EncryptionInfo" }, { name: "EncryptedPackage" }]), "encrypted", /打开密码.*用密码进行加密.*清空/],
    ["a password-protected .xls", "encrypted", () => buildCompoundFile([{ name: "Workbook", data: biffStream({ encrypted: true }) }]), "encrypted", /旧版.*清空打开密码.*另存为/],
    ["a CSV file", "csv", () => strToU8("序号,指标名称\n1,口罩\n"), "not-a-workbook", /CSV.*另存为/],
    ["an HTML export", "html", () => strToU8("<html><table><tr><td>1</td></tr></table></html>"), "not-a-workbook", /网页.*另存为/],
    ["a zip without a workbook", "zip-other", () => zipOf({ "word/document.xml": "<w:document/>" }), "not-a-workbook", /压缩包.*重新发送/],
    ["an empty file", "empty", () => new Uint8Array(0), "file-unreadable", /空文件.*重新发送/],
    ["random bytes", "unknown", () => new Uint8Array(512).map((_v, i) => (i * 73 + 11) % 256), "not-a-workbook", /不是 Excel 工作簿.*重新发送/],
  ];

  it.each(refusals)("refuses %s with a message naming the file and what to do", (_what, kind, bytes, code, text) => {
    const name = kind === "et" ? "城关镇.et" : "城关镇.xlsx";
    const result = intakeFile(bytes(), name);
    expect(result).toMatchObject({ ok: false, kind, code });
    expect(!result.ok && problemText(result.problem)).toMatch(text);
    expect(!result.ok && problemText(result.problem)).toContain(`“${name}”`);
  });

  describe("edge cases", () => {
    it("returns a reading failure of a real .xlsx as a result, not an exception", () => {
      const result = intakeFile(oneSheet(`<row r="20"><c r="A20"><v>1</v></c></row>`), "城关镇.xlsx", { limits: { maxRows: 10 } });
      expect(result).toMatchObject({ ok: false, kind: "xlsx", code: "file-too-large" });
      expect(!result.ok && problemText(result.problem)).toContain("城关镇.xlsx");
    });

    it("reports a workbook that breaks off midway as damaged", () => {
      const whole = oneSheet(`<row r="1"><c r="A1"><v>1</v></c></row>`);
      expect(intakeFile(whole.subarray(0, whole.length - 60), "城关镇.xlsx")).toMatchObject({ ok: false, kind: "damaged", code: "file-unreadable" });
    });
  });
});

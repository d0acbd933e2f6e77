import { AlignmentType, convertMillimetersToTwip, Document, LineRuleType, Packer, Paragraph, TextRun } from "docx";

/**
 * The 公文 body style (GB/T 9704): 仿宋_GB2312 in 三号 (16 pt), lines exactly 28 points apart, each
 * paragraph's first line indented two characters, on A4 with the standard's margins (上 37 mm,
 * 下 35 mm, 左 28 mm, 右 26 mm) — so the 综述 is pasted into the office's report as it is.
 */
const BODY_FONT = "仿宋_GB2312";
const BODY_HALF_POINTS = 32;
const LINE_TWIPS = 28 * 20;
/** Word counts a character indent in hundredths. */
const TWO_CHARACTERS = 200;

/** A Word document of the narrative: each line of the text one paragraph in the body style. */
export async function narrativeDocx(text: string): Promise<Uint8Array> {
  const paragraphs = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .map(
      (line) =>
        new Paragraph({
          alignment: AlignmentType.JUSTIFIED,
          indent: { firstLineChars: TWO_CHARACTERS },
          spacing: { line: LINE_TWIPS, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
          children: [new TextRun({ text: line, font: { ascii: BODY_FONT, eastAsia: BODY_FONT, hAnsi: BODY_FONT, hint: "eastAsia" }, size: BODY_HALF_POINTS })],
        }),
    );
  const document = new Document({
    creator: "汇报通",
    sections: [
      {
        properties: {
          page: {
            size: { width: convertMillimetersToTwip(210), height: convertMillimetersToTwip(297) },
            margin: { top: convertMillimetersToTwip(37), bottom: convertMillimetersToTwip(35), left: convertMillimetersToTwip(28), right: convertMillimetersToTwip(26) },
          },
        },
        children: paragraphs,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

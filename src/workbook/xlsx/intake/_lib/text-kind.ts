/**
 * Text that arrived under a workbook's name: business systems "export to Excel" as HTML or as the
 * Excel 2003 XML format, and people rename .csv files. Only the first few KB are looked at.
 */
export type TextKind = "html" | "xml-spreadsheet" | "csv" | undefined;

const SAMPLE_BYTES = 8192;

export function textKind(bytes: Uint8Array): TextKind {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const text = decodeSample(sample);
  if (text === undefined) return undefined;
  const head = text.replace(/^\uFEFF/, "").trimStart().slice(0, 4096).toLowerCase();
  if (head.includes("urn:schemas-microsoft-com:office:spreadsheet") && head.includes("<workbook")) return "xml-spreadsheet";
  if (/^<(!doctype html|html|head|body|table|meta)\b/.test(head) || head.includes("<html") || head.includes("<table")) return "html";
  // CSV (or tab-separated text): several lines, or separators on the first line.
  const firstLine = head.split("\n", 1)[0];
  return /[,\t;，]/.test(firstLine) || head.includes("\n") ? "csv" : undefined;
}

/**
 * The sample as text, or undefined when it looks binary. UTF-16 is recognised by its byte-order mark;
 * otherwise control characters other than tab/CR/LF/FF mark binary data. Bytes above 0x7F are allowed
 * (UTF-8 or GBK); they are read as Latin-1 here because only the ASCII markup and separators matter.
 */
function decodeSample(sample: Uint8Array): string | undefined {
  if (sample.length >= 2 && ((sample[0] === 0xff && sample[1] === 0xfe) || (sample[0] === 0xfe && sample[1] === 0xff))) {
    return new TextDecoder(sample[0] === 0xff ? "utf-16le" : "utf-16be").decode(sample);
  }
  let control = 0;
  let out = "";
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i];
    if (b === 0) return undefined;
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 0x1b) control++;
    out += String.fromCharCode(b);
  }
  return control * 100 > sample.length ? undefined : out;
}

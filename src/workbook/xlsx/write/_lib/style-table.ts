import type { PlannedCell } from "../../../../core/layout";
import { BORDER_COLOR, cellLookOf, type CellLook } from "../../_lib/sheet-look";
import { DistinctList } from "./distinct-list";
import { xmlEscape } from "./xml-escape";

/** Excel's built-in number formats that plans use, by code: a file names them by id, not by code. */
const BUILTIN_FORMATS: Record<string, number> = { General: 0, "0": 1, "0.00": 2, "#,##0": 3, "#,##0.00": 4, "0%": 9, "0.00%": 10, "mm-dd-yy": 14, "@": 49 };
/** The first id a workbook's own number formats may take. */
const FIRST_CUSTOM_FORMAT = 164;
const VERTICAL = { middle: "center", top: "top", justify: "justify" } as const;

function fontXml(font: CellLook["font"]): string {
  const color = font.color ? `<color rgb="${font.color}"/>` : "";
  return `<font>${font.bold ? "<b/>" : ""}<sz val="${font.size}"/>${color}<name val="${xmlEscape(font.name)}"/><charset val="${font.charset}"/></font>`;
}

function fillXml(argb: string): string {
  return `<fill><patternFill patternType="solid"><fgColor rgb="${argb}"/></patternFill></fill>`;
}

const THIN_SIDE = (side: string) => `<${side} style="thin"><color rgb="${BORDER_COLOR}"/></${side}>`;
const THIN_BORDER = `<border>${["left", "right", "top", "bottom"].map(THIN_SIDE).join("")}<diagonal/></border>`;

function alignmentXml(alignment: CellLook["alignment"]): string {
  const attributes = [
    alignment.horizontal ? ` horizontal="${alignment.horizontal}"` : "",
    ` vertical="${VERTICAL[alignment.vertical]}"`,
    alignment.wrapText ? ' wrapText="1"' : "",
    alignment.indent ? ` indent="${alignment.indent}"` : "",
  ];
  return `<alignment${attributes.join("")}/>`;
}

/**
 * The workbook's styles.xml, deduplicated: fonts, fills, borders, number formats and the cell formats
 * (xf) that combine them, each written once however many cells share it. A planned cell's look comes
 * from sheet-look, as the ExcelJS renderer's does; its xf index is remembered by the look's key, so a
 * sheet of 100,000 cells works out a dozen looks, not 100,000.
 */
export class StyleTable {
  private readonly fonts = new DistinctList('<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>');
  private readonly fills = new DistinctList('<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>');
  private readonly borders = new DistinctList("<border><left/><right/><top/><bottom/><diagonal/></border>");
  private readonly formats = new Map<string, number>();
  private readonly xfs = new DistinctList('<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>');
  /** xf indices by role, then number format, then indent × 2 + locked: no key string built per cell. */
  private readonly byLook = new Map<string, Map<string, number[]>>();

  /** The xf index of a planned cell's look (the looks cellLookOf gives alike for cells of one lookKeyOf). */
  indexOf(cell: PlannedCell): number {
    let byFormat = this.byLook.get(cell.style);
    if (!byFormat) this.byLook.set(cell.style, (byFormat = new Map()));
    let byRest = byFormat.get(cell.numberFormat ?? "");
    if (!byRest) byFormat.set(cell.numberFormat ?? "", (byRest = []));
    const slot = (cell.indent ?? 0) * 2 + (cell.locked ? 1 : 0);
    return (byRest[slot] ??= this.xfs.of(this.xfXml(cellLookOf(cell))));
  }

  /** The xf index of an unstyled cell with only a number format (a value written where nothing was planned). */
  plainIndexOf(numFmt: string | undefined): number {
    if (!numFmt) return 0;
    return this.xfs.of(`<xf numFmtId="${this.formatId(numFmt)}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`);
  }

  toXml(): string {
    const custom = [...this.formats].filter(([, id]) => id >= FIRST_CUSTOM_FORMAT);
    const numFmts = custom.length ? `<numFmts count="${custom.length}">${custom.map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${xmlEscape(code)}"/>`).join("")}</numFmts>` : "";
    const list = (tag: string, items: readonly string[]) => `<${tag} count="${items.length}">${items.join("")}</${tag}>`;
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      numFmts +
      list("fonts", this.fonts.items()) +
      list("fills", this.fills.items()) +
      list("borders", this.borders.items()) +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      list("cellXfs", this.xfs.items()) +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/><tableStyles count="0"/></styleSheet>'
    );
  }

  private formatId(code: string): number {
    let id = this.formats.get(code) ?? BUILTIN_FORMATS[code];
    if (id === undefined) id = FIRST_CUSTOM_FORMAT + [...this.formats.values()].filter((v) => v >= FIRST_CUSTOM_FORMAT).length;
    this.formats.set(code, id);
    return id;
  }

  private xfXml(look: CellLook): string {
    const numFmtId = look.numFmt ? this.formatId(look.numFmt) : 0;
    const fontId = this.fonts.of(fontXml(look.font));
    const fillId = look.fill ? this.fills.of(fillXml(look.fill)) : 0;
    const borderId = look.border ? this.borders.of(THIN_BORDER) : 0;
    const applies = [numFmtId ? ' applyNumberFormat="1"' : "", ' applyFont="1"', fillId ? ' applyFill="1"' : "", borderId ? ' applyBorder="1"' : "", ' applyAlignment="1" applyProtection="1"'];
    const protection = look.locked ? "" : '<protection locked="0"/>';
    return `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applies.join("")}>${alignmentXml(look.alignment)}${protection}</xf>`;
  }
}

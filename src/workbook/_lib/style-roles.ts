import type { StyleRole } from "../../core/layout";

/**
 * The look of each style role, shared by the Office.js and ExcelJS adapters so a sheet made in
 * Excel and one written by the CLI look alike. Colours are ARGB-free hex (RRGGBB).
 */
export interface RoleStyle {
  /** A font of its own; FONT_NAME otherwise. */
  font?: string;
  bold?: boolean;
  size?: number;
  fill?: string;
  color?: string;
  horizontal?: "left" | "center" | "right";
  wrap?: boolean;
  /** "justify" spreads a wrapped cell's lines over its height: the only line spacing a cell has. Centred otherwise. */
  vertical?: "top" | "justify";
  border?: boolean;
}

export const FONT_NAME = "宋体";

/** Roles without a size of their own print at the body size clerks' forms use. */
export const BODY_SIZE = 11;

/**
 * The 综述's font, as reports are typed. A host without it falls back to another Chinese font: the
 * .xlsx names the GB2312 character set beside it (see GB2312_CHARSET), which Excel and WPS go by, and
 * LibreOffice substitutes by fontconfig.
 */
export const PARAGRAPH_FONT = "仿宋";

/** The OOXML/Windows code of the simplified Chinese character set. */
export const GB2312_CHARSET = 134;

export const ROLE_STYLES: Record<StyleRole, RoleStyle> = {
  title: { bold: true, size: 16, horizontal: "center" },
  meta: { size: 10, color: "404040", horizontal: "left" },
  fieldLabel: { horizontal: "right" },
  fieldInput: { fill: "FFF8E1", horizontal: "left" },
  tableHead: { bold: true, fill: "D9E1F2", horizontal: "center", border: true, wrap: true },
  section: { bold: true, fill: "F2F2F2", border: true },
  serial: { horizontal: "center", border: true },
  label: { border: true, wrap: true },
  unit: { horizontal: "center", border: true },
  input: { fill: "FFF8E1", horizontal: "right", border: true },
  computed: { fill: "EDEDED", horizontal: "right", border: true },
  note: { fill: "FFF8E1", border: true, wrap: true },
  paragraph: { font: PARAGRAPH_FONT, size: 14, horizontal: "left", vertical: "justify", wrap: true },
};

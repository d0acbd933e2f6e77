"""Everything openpyxl reads of a workbook that a clerk, Excel or the add-in would see, as JSON.

Usage: /usr/bin/python3 xlsx-content.py <file.xlsx> [--values]   (--values: sheet states, cell values and merges only)
Used by the tests to compare two writers' files through an independent reader.
"""
import json
import sys

import openpyxl
from openpyxl.utils import get_column_letter, column_index_from_string


def color(c):
    if c is None:
        return None
    return c.rgb if c.type == "rgb" else f"{c.type}:{c.value}"


def font_color(c):
    # The default font's automatic (black) text: ExcelJS names it by the theme's first colour, a writer
    # without a theme leaves it automatic. Both print black; any other colour is compared as it is.
    value = color(c)
    return None if value == "theme:1" else value


def plain(value):
    return value.isoformat() if hasattr(value, "isoformat") else value


def cell_content(cell):
    f, a, b = cell.font, cell.alignment, cell.border
    return {
        "value": plain(cell.value),
        "numberFormat": cell.number_format,
        "font": [f.name, f.sz, bool(f.b), font_color(f.color), f.charset],
        "fill": [cell.fill.fill_type, color(cell.fill.fgColor) if cell.fill.fill_type else None],
        "border": [s.style for s in (b.left, b.right, b.top, b.bottom)],
        "alignment": [a.horizontal, a.vertical, bool(a.wrap_text), a.indent],
        "locked": cell.protection.locked,
    }


def widths(ws):
    out = {}
    for key, dim in ws.column_dimensions.items():
        if dim.width is None or not dim.customWidth:
            continue
        lo = dim.min or column_index_from_string(key)
        hi = dim.max or lo
        for col in range(lo, hi + 1):
            out[get_column_letter(col)] = dim.width
    return out


def sheet_content(ws, values_only):
    merges = sorted(str(r) for r in ws.merged_cells.ranges)
    if values_only:
        cells = {c.coordinate: plain(c.value) for row in ws.iter_rows() for c in row if c.value is not None}
        return {"title": ws.title, "state": ws.sheet_state, "cells": cells, "merges": merges}
    ps, pm, hf = ws.page_setup, ws.page_margins, ws.oddHeader
    # Validations cell by cell: one writer may give two neighbours one rule (D11:E11), another a rule each;
    # ExcelJS even writes a cell twice under overlapping ranges of one rule (C8:C12 and C10:C12), the same rule.
    validations = sorted(set(
        (cell, dv.type, dv.operator, dv.formula1, dv.formula2, dv.prompt, dv.promptTitle, dv.error, dv.errorTitle, dv.errorStyle, bool(dv.allow_blank))
        for dv in ws.data_validations.dataValidation
        for r in dv.sqref.ranges
        for row in ws.iter_rows(min_row=r.min_row, max_row=r.max_row, min_col=r.min_col, max_col=r.max_col)
        for cell in [c.coordinate for c in row]
    ))
    conditional = []
    for cf in ws.conditional_formatting:
        for rule in cf.rules:
            bar = rule.dataBar
            conditional.append([str(cf.sqref), rule.type, rule.priority, [v.type for v in bar.cfvo] if bar else None, color(bar.color) if bar else None])
    p = ws.protection
    return {
        "title": ws.title,
        "state": ws.sheet_state,
        "cells": {c.coordinate: cell_content(c) for row in ws.iter_rows() for c in row if c.has_style or c.value is not None},
        "merges": merges,
        "columnWidths": widths(ws),
        "rowHeights": {str(k): d.height for k, d in ws.row_dimensions.items() if d.height is not None},
        "freeze": ws.freeze_panes,
        "print": {
            "paperSize": ps.paperSize, "orientation": ps.orientation, "scale": ps.scale,
            "margins": [pm.left, pm.right, pm.top, pm.bottom, pm.header, pm.footer],
            "horizontalCentered": bool(ws.print_options.horizontalCentered),
            "header": hf.center.text, "footer": ws.oddFooter.center.text,
            "titleRows": ws.print_title_rows, "titleColumns": ws.print_title_cols,
            "rowBreaks": [b.id for b in ws.row_breaks.brk],
        },
        "protection": [bool(p.sheet), bool(p.formatCells), bool(p.formatColumns), bool(p.formatRows), bool(p.insertRows), bool(p.selectLockedCells), bool(p.selectUnlockedCells)],
        "validations": validations,
        "conditionalFormats": sorted(conditional),
    }


def main():
    path = sys.argv[1]
    values_only = "--values" in sys.argv
    wb = openpyxl.load_workbook(path)
    out = {
        "sheets": [sheet_content(ws, values_only) for ws in wb.worksheets],
    }
    if not values_only:
        out["active"] = wb.worksheets.index(wb.active) if wb.active in wb.worksheets else None
        out["definedNames"] = sorted(dn.name + "@" + str(dn.localSheetId) + "=" + str(dn.attr_text) for dn in wb.defined_names.definedName)
    print(json.dumps(out, ensure_ascii=False, sort_keys=True))


main()

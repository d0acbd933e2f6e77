/**
 * Every Office.js member the Office adapter uses, with the ExcelApi requirement set that introduced
 * it, as Microsoft's reference states it: one YAML page per class in OfficeDev/office-js-docs-reference,
 * docs/docs-ref-autogen/excel/excel/excel.<class>.yml ("[API set: ExcelApi x.y]" in each member's
 * remarks), published at https://learn.microsoft.com/javascript/api/excel/excel.<class>.
 * A member the adapter starts to use must be added here: the strict fake refuses members it does not
 * know (UnknownApiMember), so a new call cannot slip past the requirement-set check untagged.
 */
export const API_MEMBERS: Readonly<Record<string, string>> = {
  // excel.requestcontext.yml
  "RequestContext.workbook": "1.1",
  // excel.workbook.yml
  "Workbook.worksheets": "1.1",
  "Workbook.comments": "1.10",
  "Workbook.getSelectedRange": "1.1",
  "Workbook.getActiveCell": "1.7",
  // excel.worksheetcollection.yml
  "WorksheetCollection.items": "1.1",
  "WorksheetCollection.getItem": "1.1",
  "WorksheetCollection.getItemOrNullObject": "1.4",
  "WorksheetCollection.add": "1.1",
  "WorksheetCollection.getActiveWorksheet": "1.1",
  "WorksheetCollection.onActivated": "1.7",
  // excel.worksheet.yml
  "Worksheet.name": "1.1",
  "Worksheet.id": "1.1",
  "Worksheet.position": "1.1",
  "Worksheet.visibility": "1.1",
  "Worksheet.delete": "1.1",
  "Worksheet.activate": "1.1",
  "Worksheet.getRange": "1.1",
  "Worksheet.getRangeByIndexes": "1.7",
  "Worksheet.getUsedRangeOrNullObject": "1.4",
  "Worksheet.freezePanes": "1.7",
  "Worksheet.protection": "1.2",
  "Worksheet.pageLayout": "1.9",
  "Worksheet.notes": "1.18",
  // excel.range.yml
  "Range.address": "1.1",
  "Range.rowIndex": "1.1",
  "Range.columnIndex": "1.1",
  "Range.rowCount": "1.1",
  "Range.columnCount": "1.1",
  "Range.values": "1.1",
  "Range.valueTypes": "1.1",
  "Range.numberFormat": "1.1",
  "Range.formulas": "1.1",
  "Range.format": "1.1",
  "Range.getCell": "1.1",
  "Range.select": "1.1",
  "Range.clear": "1.1",
  "Range.merge": "1.2",
  "Range.conditionalFormats": "1.6",
  "Range.dataValidation": "1.8",
  "Range.getMergedAreasOrNullObject": "1.13",
  // excel.rangeareas.yml
  "RangeAreas.address": "1.9",
  // excel.rangeformat.yml
  "RangeFormat.font": "1.1",
  "RangeFormat.fill": "1.1",
  "RangeFormat.borders": "1.1",
  "RangeFormat.horizontalAlignment": "1.1",
  "RangeFormat.verticalAlignment": "1.1",
  "RangeFormat.wrapText": "1.1",
  "RangeFormat.columnWidth": "1.2",
  "RangeFormat.rowHeight": "1.2",
  "RangeFormat.protection": "1.2",
  "RangeFormat.indentLevel": "1.9",
  // excel.rangefont.yml, excel.rangefill.yml, excel.formatprotection.yml
  "RangeFont.name": "1.1",
  "RangeFont.size": "1.1",
  "RangeFont.bold": "1.1",
  "RangeFont.color": "1.1",
  "RangeFill.color": "1.1",
  "RangeFill.clear": "1.1",
  "RangeFill.pattern": "1.9",
  "FormatProtection.locked": "1.2",
  // excel.rangebordercollection.yml, excel.rangeborder.yml
  "RangeBorderCollection.getItem": "1.1",
  "RangeBorder.style": "1.1",
  "RangeBorder.weight": "1.1",
  "RangeBorder.color": "1.1",
  // excel.conditionalformatcollection.yml
  "ConditionalFormatCollection.add": "1.6",
  // excel.datavalidation.yml
  "DataValidation.rule": "1.8",
  "DataValidation.prompt": "1.8",
  "DataValidation.errorAlert": "1.8",
  "DataValidation.ignoreBlanks": "1.8",
  // excel.worksheetprotection.yml (unprotect is 1.7: protect alone is 1.2)
  "WorksheetProtection.protected": "1.2",
  "WorksheetProtection.options": "1.2",
  "WorksheetProtection.protect": "1.2",
  "WorksheetProtection.unprotect": "1.7",
  // excel.worksheetfreezepanes.yml
  "WorksheetFreezePanes.freezeAt": "1.7",
  "WorksheetFreezePanes.freezeRows": "1.7",
  "WorksheetFreezePanes.freezeColumns": "1.7",
  // excel.pagelayout.yml
  "PageLayout.paperSize": "1.9",
  "PageLayout.orientation": "1.9",
  "PageLayout.zoom": "1.9",
  "PageLayout.setPrintTitleRows": "1.9",
  "PageLayout.setPrintTitleColumns": "1.9",
  "PageLayout.leftMargin": "1.9",
  "PageLayout.rightMargin": "1.9",
  "PageLayout.topMargin": "1.9",
  "PageLayout.bottomMargin": "1.9",
  "PageLayout.headerMargin": "1.9",
  "PageLayout.footerMargin": "1.9",
  "PageLayout.centerHorizontally": "1.9",
  "PageLayout.headersFooters": "1.9",
  // excel.headerfootergroup.yml, excel.headerfooter.yml
  "HeaderFooterGroup.defaultForAllPages": "1.9",
  "HeaderFooter.centerHeader": "1.9",
  "HeaderFooter.centerFooter": "1.9",
  // excel.worksheet.yml (horizontalPageBreaks), excel.pagebreakcollection.yml
  "Worksheet.horizontalPageBreaks": "1.9",
  "PageBreakCollection.add": "1.9",
  // excel.notecollection.yml, excel.note.yml
  "NoteCollection.add": "1.18",
  "NoteCollection.getItemOrNullObject": "1.18",
  "Note.content": "1.18",
  "Note.delete": "1.18",
  // excel.commentcollection.yml, excel.comment.yml
  "CommentCollection.items": "1.10",
  "CommentCollection.add": "1.10",
  "Comment.content": "1.10",
  "Comment.delete": "1.10",
  "Comment.getLocation": "1.10",
};

/** What a navigation property or a method hands back, so the strict fake can follow the object tree. */
export const MEMBER_RETURNS: Readonly<Record<string, string>> = {
  "RequestContext.workbook": "Workbook",
  "Workbook.worksheets": "WorksheetCollection",
  "Workbook.comments": "CommentCollection",
  "Workbook.getSelectedRange": "Range",
  "Workbook.getActiveCell": "Range",
  "WorksheetCollection.items": "Worksheet[]",
  "WorksheetCollection.getItem": "Worksheet",
  "WorksheetCollection.getItemOrNullObject": "Worksheet",
  "WorksheetCollection.add": "Worksheet",
  "WorksheetCollection.getActiveWorksheet": "Worksheet",
  "Worksheet.getRange": "Range",
  "Worksheet.getRangeByIndexes": "Range",
  "Worksheet.getUsedRangeOrNullObject": "Range",
  "Worksheet.freezePanes": "WorksheetFreezePanes",
  "Worksheet.protection": "WorksheetProtection",
  "Worksheet.pageLayout": "PageLayout",
  "Worksheet.horizontalPageBreaks": "PageBreakCollection",
  "PageLayout.headersFooters": "HeaderFooterGroup",
  "HeaderFooterGroup.defaultForAllPages": "HeaderFooter",
  "Worksheet.notes": "NoteCollection",
  "Range.format": "RangeFormat",
  "Range.getCell": "Range",
  "Range.conditionalFormats": "ConditionalFormatCollection",
  "Range.dataValidation": "DataValidation",
  "Range.getMergedAreasOrNullObject": "RangeAreas",
  "RangeFormat.font": "RangeFont",
  "RangeFormat.fill": "RangeFill",
  "RangeFormat.borders": "RangeBorderCollection",
  "RangeFormat.protection": "FormatProtection",
  "RangeBorderCollection.getItem": "RangeBorder",
  "NoteCollection.getItemOrNullObject": "Note",
  "CommentCollection.items": "Comment[]",
  "Comment.getLocation": "Range",
};

/** Members every client object has, which carry no requirement set of their own. */
export const OBJECT_MEMBERS = new Set(["load", "isNullObject", "toJSON", "context", "track", "untrack", "set"]);

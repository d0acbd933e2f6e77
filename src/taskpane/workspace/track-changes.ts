import type { WorkbookPort } from "../../workbook/port";

/** The same port, calling `onChange` after each successful write, so the page knows the workbook needs downloading. */
export function trackChanges(port: WorkbookPort, onChange: () => void): WorkbookPort {
  const after =
    <A extends unknown[]>(write: (...args: A) => Promise<void>) =>
    async (...args: A) => {
      await write(...args);
      onChange();
    };
  return {
    listSheets: () => port.listSheets(),
    readSheet: (name) => port.readSheet(name),
    readBindings: () => port.readBindings(),
    createSheet: after((plan, options) => port.createSheet(plan, options)),
    writeCells: after((sheetName, writes) => port.writeCells(sheetName, writes)),
    writeBinding: after((binding) => port.writeBinding(binding)),
  };
}

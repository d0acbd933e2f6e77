export { ExcelWorkspace } from "./ExcelWorkspace";
export { BrowserWorkspace } from "./BrowserWorkspace";
export { WorkspaceTabs } from "./WorkspaceTabs";
export type { WorkspaceTab } from "./WorkspaceTabs";

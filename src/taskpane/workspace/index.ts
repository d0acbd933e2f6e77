export { ReportWorkspace } from "./ReportWorkspace";
export { ExcelWorkspace } from "./ExcelWorkspace";
export { BrowserWorkspace } from "./BrowserWorkspace";
export { WorkbookBar } from "./WorkbookBar";
export { trackChanges } from "./track-changes";
export { workspaceReducer, initialWorkspaceState } from "./workspace-reducer";
export type { WorkspaceAction, WorkspaceState } from "./workspace-reducer";
export { browserReducer, initialBrowserState } from "./browser-reducer";
export type { BrowserAction, BrowserState } from "./browser-reducer";

export { DesignerView } from "./DesignerView";
export { designerReducer, initialDesignerState } from "./designer-reducer";
export type { DesignerAction, DesignerState } from "./designer-reducer";

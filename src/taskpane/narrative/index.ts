export { NarrativeView } from "./NarrativeView";
export type { NarrativeViewProps } from "./NarrativeView";

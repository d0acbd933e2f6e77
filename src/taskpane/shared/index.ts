export { ChoiceDialog } from "./ChoiceDialog";
export { enterIntent, type EnterIntent } from "./enter-intent";
export { readFileBytes } from "./read-file-bytes";
export { HiddenFileInput } from "./HiddenFileInput";
export { PaneDivider } from "./PaneDivider";
export { useQuestion } from "./useQuestion";
export { timeText } from "./time-text";

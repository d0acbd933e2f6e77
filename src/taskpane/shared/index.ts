export { ChoiceDialog } from "./ChoiceDialog";
export { isSubmitKey } from "./is-submit-key";
export { readFileBytes } from "./read-file-bytes";
export { HiddenFileInput } from "./HiddenFileInput";
export { useQuestion } from "./useQuestion";
export { timeText } from "./time-text";

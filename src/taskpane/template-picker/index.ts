export { TemplatePicker } from "./TemplatePicker";

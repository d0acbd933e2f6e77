export { BUILTIN_TEMPLATES, findBuiltinTemplate } from "./builtin-templates";

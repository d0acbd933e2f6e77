export { BUILTIN_TEMPLATES, findBuiltinTemplate } from "./builtin-templates";
export { LEGACY_TEMPLATES } from "./legacy-templates";

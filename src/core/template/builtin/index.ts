// checkShippedTemplates is left out on purpose: it loads the schema (zod), which no start should pay for.
export { BUILTIN_SOURCES, BUILTIN_TEMPLATES, findBuiltinTemplate } from "./builtin-templates";
export { LEGACY_SOURCES, LEGACY_TEMPLATES } from "./legacy-templates";

export { DEFAULT_NARRATIVES, defaultNarrativeFor } from "./default-narrative";

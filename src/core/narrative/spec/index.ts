export type { EntityKind, EntityPhrase, EntitySource, NarrativeSpec, Phrase, Section, Sentence, TextPhrase } from "./types";
export { textPhrase } from "./text-phrase";
export { entityPhrase } from "./entity-phrase";
export type { EntityDisplay } from "./entity-phrase";
export { sentence } from "./sentence";

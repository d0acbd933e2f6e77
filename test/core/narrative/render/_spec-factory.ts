import { entityPhrase, sentence } from "../../../../src/core/narrative/spec";
import type { NarrativeSpec, Section, Sentence } from "../../../../src/core/narrative/spec";

/** A sentence "{verb}{item}{figure}" with the figure as an entity, as generators will make them. */
export function figureSentence(verb: string, figure: string, value: number, after = ""): Sentence {
  return sentence(verb, entityPhrase("number", { text: figure, value }), after);
}

/** The publicity section of domain.md §6: 截至…，共发放宣传单20万余张、张贴标语3200条. */
export function publicitySection(extra: Partial<Section> = {}): Section {
  return {
    sentences: [
      sentence(
        entityPhrase("date", "截至2023年2月20日24时"),
        "，全县共发放宣传单",
        entityPhrase("number", { text: "20万余张", value: 203_000, qualifier: "余" }),
        "、张贴标语",
        entityPhrase("number", { text: "3200条", value: 3200 }),
      ),
    ],
    ...extra,
  };
}

export function specOf(...sections: Section[]): NarrativeSpec {
  return { sections };
}

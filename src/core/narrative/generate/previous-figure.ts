import type { Indicator } from "../../template/types";
import { fieldValue } from "./_lib/field-value";
import type { NarrativeInput } from "./narrative-input";

/** The previous summary's figure of a field (a rate recomputed from the previous parts), if there is one. */
export function previousFigure(field: Indicator, input: Pick<NarrativeInput, "previous">): number | undefined {
  const previous = input.previous;
  return previous && fieldValue(field, (key) => previous[key]);
}

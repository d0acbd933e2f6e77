import { findBuiltinTemplate } from "../../../src/core/template/builtin";
import { isGrid, type IndicatorTemplate } from "../../../src/core/template";

const builtin = (id: string) => findBuiltinTemplate(id) as IndicatorTemplate;

describe("isGrid", () => {
  it("takes the resumption form (categories × measures, a 合计 row) for a grid", () => {
    expect(isGrid(builtin("resumption"))).toBe(true);
  });

  it("does not take an indicator list with 本期 | 累计 columns, or a one-column form, for one", () => {
    expect(isGrid(builtin("supplies"))).toBe(false);
    expect(isGrid(builtin("screening"))).toBe(false);
  });
});

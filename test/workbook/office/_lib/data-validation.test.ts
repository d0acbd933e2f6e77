import { officeValidationOf } from "../../../../src/workbook/office/_lib/data-validation";

const range = { top: 5, left: 3, bottom: 9, right: 3 };

describe("officeValidationOf", () => {
  it("keeps an error message within the 225 characters Excel holds, and the prompt within 255", () => {
    const v = officeValidationOf({ range, type: "whole", min: 0, prompt: "提".repeat(300), error: "错".repeat(300) })!;
    expect(v.errorAlert.message).toHaveLength(225);
    expect(v.errorAlert.message!.endsWith("…")).toBe(true);
    expect(v.prompt.message).toHaveLength(255);
  });

  it("leaves texts within the limits as they are, with titles of at most 32 characters", () => {
    const v = officeValidationOf({ range, type: "decimal", min: 0, max: 100, prompt: "请填写 0–100", error: "超出范围" })!;
    expect(v.prompt).toMatchObject({ message: "请填写 0–100", showPrompt: true });
    expect(v.errorAlert).toMatchObject({ message: "超出范围", style: "Warning" });
    expect(v.prompt.title!.length).toBeLessThanOrEqual(32);
    expect(v.errorAlert.title!.length).toBeLessThanOrEqual(32);
  });
});

import fc from "fast-check";
import { dominantTemplate, recognizeTemplate } from "../../src/core/recognize";
import { BUILTIN_TEMPLATES } from "../../src/core/template";
import { caseCounter, FUZZ_BUDGET } from "../_support/fuzz-budget";
import { assert, assertReadableText } from "../_support/fuzz-checks";
import { fuzzWorkbookArb, type FuzzWorkbook } from "../_support/fuzz-unit-workbook";
import { problemText } from "../../src/core/locale";

/**
 * Random units' workbooks recognised against every built-in template: nothing throws, every sheet
 * gets a reason in words, hidden sheets are taken only when bound, and a form that only writes its
 * labels differently is recognised as the form it is.
 */

const THRESHOLD = 0.5;
const cases = caseCounter();

function check(workbook: FuzzWorkbook): void {
  const candidates = workbook.sheets.filter((s) => s.visibility !== "veryHidden");
  const recognitions = recognizeTemplate(workbook.sheets, workbook.bindings, BUILTIN_TEMPLATES);
  assert.equal(recognitions.length, candidates.length);
  recognitions.forEach((r, i) => {
    const sheet = candidates[i];
    assert.equal(r.sheet, sheet.name);
    assertReadableText(problemText(r.reason), r.sheet);
    assert.ok(r.confidence >= 0 && r.confidence <= 1, `confidence ${r.confidence}`);
    const bound = workbook.bindings.some((b) => b.sheetName === sheet.name);
    if (r.how === "none") assert.equal(r.template, undefined);
    else assert.ok(r.template && r.report, r.how);
    if (r.how === "content") {
      assert.ok(r.confidence >= THRESHOLD);
      assert.equal(sheet.visibility, "visible", `hidden sheet “${sheet.name}” taken by content`);
    }
    if (r.how === "binding") assert.ok(bound && r.confidence === 1);
  });

  const form = workbook.sheets[workbook.formIndex];
  const formIndex = candidates.indexOf(form);
  const unbound = !workbook.bindings.some((b) => b.sheetName === form.name);
  if (workbook.pristine && formIndex >= 0 && form.visibility === "visible" && unbound && candidates.filter((s) => s.name === form.name).length === 1) {
    const r = recognitions[formIndex];
    assert.equal(r.template?.id, workbook.template.id, `${workbook.template.id} taken for ${r.template?.id ?? "nothing"}: ${problemText(r.reason)}`);
  }
}

describe("recognition of random units' workbooks", () => {
  it("never throws, gives every sheet a reason, takes hidden sheets only when bound and knows forms written differently", () => {
    fc.assert(fc.property(fuzzWorkbookArb(), cases.run(check)), { numRuns: Math.ceil(FUZZ_BUDGET.recognize * 0.8) });
  });

  it("finds the form most files hold, whatever else they carry", () => {
    const filesArb = fc.array(fuzzWorkbookArb(), { minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(
        filesArb,
        cases.run((files: FuzzWorkbook[]) => {
          const found = dominantTemplate(files, BUILTIN_TEMPLATES);
          const clean = files.filter((f) => f.pristine && f.bindings.length === 0 && f.sheets[f.formIndex].visibility === "visible");
          // When every file is an undisturbed form of one template, that template is the answer.
          if (clean.length === files.length && new Set(files.map((f) => f.template.id)).size === 1) assert.equal(found?.id, files[0].template.id);
          if (found) assert.ok(BUILTIN_TEMPLATES.includes(found));
        }),
      ),
      { numRuns: Math.floor(FUZZ_BUDGET.recognize * 0.2) },
    );
  });

  it(`ran its ${FUZZ_BUDGET.recognize} cases`, () => {
    expect(cases.count).toBeGreaterThanOrEqual(FUZZ_BUDGET.recognize);
  });
});

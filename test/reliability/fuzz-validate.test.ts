import fc from "fast-check";
import { BUILTIN_TEMPLATES } from "../../src/core/template";
import type { WorkbookContent } from "../../src/core/recognize";
import { findingFix, findingMessage, validateWorkbook } from "../../src/core/validate";
import { caseCounter, FUZZ_BUDGET } from "../_support/fuzz-budget";
import { assert, assertReadableText } from "../_support/fuzz-checks";
import { fuzzWorkbookArb, type FuzzWorkbook } from "../_support/fuzz-unit-workbook";

/**
 * Random units' workbooks audited as `huibao validate` does (by their bindings, or with the template
 * given), sometimes against a previous submission: nothing throws, every finding names a sheet of the
 * workbook and a cell, says what is wrong in words (zh-CN and en-US), and the summary counts them.
 */

const SEVERITIES = new Set(["error", "verify", "hint"]);
const A1 = /^\$?[A-Z]{1,3}\$?\d{1,7}$/;

function contentOf(workbook: FuzzWorkbook): WorkbookContent {
  return { file: workbook.fileName, sheets: workbook.sheets, bindings: workbook.bindings };
}

const caseArb = fc.record({
  workbook: fuzzWorkbookArb(),
  given: fc.boolean(),
  previous: fc.option(fuzzWorkbookArb(), { freq: 3, nil: undefined }),
});

const cases = caseCounter();

describe("validation of random units' workbooks", () => {
  it("never throws, and every finding names its sheet and cell and says in words what is wrong", () => {
    fc.assert(
      fc.property(
        caseArb,
        cases.run(({ workbook, given, previous }: typeof caseArb extends fc.Arbitrary<infer T> ? T : never) => {
          const content = contentOf(workbook);
          const template = given ? workbook.template : undefined;
          const result = validateWorkbook(content, { known: BUILTIN_TEMPLATES, template, previous: previous && contentOf(previous) });
          const names = new Set(workbook.sheets.map((s) => s.name));
          for (const audited of result.sheets) {
            assert.ok(names.has(audited.sheet), audited.sheet);
            // A sheet audited for a given template is one the clerk can see; a hidden one only when bound.
            if (audited.how === "given") assert.ok(workbook.sheets.some((s) => s.name === audited.sheet && s.visibility === "visible"), audited.sheet);
          }
          if (given && workbook.sheets.some((s) => s.visibility === "visible")) assert.ok(result.sheets.some((s) => s.templateId === workbook.template.id));
          const summary = { error: 0, verify: 0, hint: 0 };
          for (const finding of result.findings) {
            assert.ok(SEVERITIES.has(finding.severity), finding.severity);
            summary[finding.severity]++;
            assert.ok(names.has(finding.location.sheet), `${finding.code} at sheet “${finding.location.sheet}”`);
            assert.match(finding.location.cell, A1, `${finding.code} at cell “${finding.location.cell}”`);
            assertReadableText(findingMessage(finding), finding.code);
            assertReadableText(findingMessage(finding, "en-US"), finding.code);
            if (finding.fix) assertReadableText(findingFix(finding), finding.fix.code);
          }
          assert.deepEqual(result.summary, summary);
        }),
      ),
      { numRuns: FUZZ_BUDGET.validate },
    );
  });

  it(`ran its ${FUZZ_BUDGET.validate} cases`, () => {
    expect(cases.count).toBeGreaterThanOrEqual(FUZZ_BUDGET.validate);
  });
});

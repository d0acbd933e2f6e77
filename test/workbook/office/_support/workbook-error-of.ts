import { WorkbookError } from "../../../../src/workbook/workbook-error";

/** The WorkbookError a promise rejects with; fails the test if it resolves or rejects with anything else. */
export async function workbookErrorOf(promise: Promise<unknown>): Promise<WorkbookError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WorkbookError);
  return error as WorkbookError;
}

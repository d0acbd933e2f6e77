/** @jest-environment jsdom */
import "../../_support/fluent-jsdom";
import "@testing-library/jest-dom";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { message } from "../../../src/core/locale";
import { FilePicker } from "../../../src/taskpane/consolidate/FilePicker";
import { renderFluent } from "../../_support/render-fluent";

// The words of each row are counted as they are asked for: a row drawn again asks for them again.
jest.mock("../../../src/core/locale", () => {
  const actual = jest.requireActual("../../../src/core/locale");
  return { ...actual, message: jest.fn(actual.message) };
});

const files = Array.from({ length: 200 }, (_, i) => new File(["x"], `单位${String(i + 1).padStart(4, "0")}.xlsx`, { lastModified: 1 }));
const rowsDrawn = () => (message as jest.Mock).mock.calls.filter(([key]) => key === "ui.consolidate.remove-file").length;

describe("FilePicker", () => {
  it("does not draw its 200 rows again when the view around it re-renders (each step of a run's progress), yet removes with the latest handler", async () => {
    const removed: string[] = [];
    const picker = (step: number) => (
      <FilePicker files={files} disabled={false} onAdd={() => undefined} onRemove={(index) => removed.push(`${step}:${index}`)} onClear={() => undefined} />
    );
    const { rerenderFluent } = renderFluent(picker(0));
    expect(rowsDrawn()).toBeGreaterThanOrEqual(200);
    (message as jest.Mock).mockClear();

    for (let step = 1; step <= 3; step++) rerenderFluent(picker(step));
    expect(rowsDrawn()).toBe(0);

    await userEvent.setup().click(screen.getByRole("button", { name: message("ui.consolidate.remove-file", { name: "单位0002.xlsx" }) }));
    expect(removed).toEqual(["3:1"]);
  });

  describe("edge cases", () => {
    it("draws the rows again when they are locked for a run", () => {
      const { rerenderFluent } = renderFluent(<FilePicker files={files} disabled={false} onAdd={() => undefined} onRemove={() => undefined} onClear={() => undefined} />);
      (message as jest.Mock).mockClear();
      rerenderFluent(<FilePicker files={files} disabled onAdd={() => undefined} onRemove={() => undefined} onClear={() => undefined} />);
      expect(rowsDrawn()).toBeGreaterThanOrEqual(200);
      expect(screen.getByRole("button", { name: message("ui.consolidate.remove-file", { name: "单位0200.xlsx" }) })).toBeDisabled();
    });
  });
});

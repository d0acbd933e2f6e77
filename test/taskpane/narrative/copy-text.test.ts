/** @jest-environment jsdom */
import { copyText } from "../../../src/taskpane/narrative/copy-text";

const navigatorOf = () => window.navigator as unknown as { clipboard?: unknown };

afterEach(() => {
  delete navigatorOf().clipboard;
  delete (document as unknown as { execCommand?: unknown }).execCommand;
});

function useExecCommand(result: boolean) {
  const copied: string[] = [];
  const exec = jest.fn((command: string) => {
    const area = document.activeElement as HTMLTextAreaElement | null;
    if (command === "copy" && result) copied.push(document.querySelector("textarea")?.value ?? area?.value ?? "");
    return result;
  });
  (document as unknown as { execCommand: unknown }).execCommand = exec;
  return { exec, copied };
}

describe("copyText", () => {
  it("writes the text through the Clipboard API where there is one", async () => {
    const writeText = jest.fn(async () => undefined);
    Object.defineProperty(window.navigator, "clipboard", { value: { writeText }, configurable: true });
    await copyText("全县共发放宣传单20万余张。");
    expect(writeText).toHaveBeenCalledWith("全县共发放宣传单20万余张。");
  });

  it("falls back to a selected textarea when the Clipboard API refuses, and leaves nothing behind", async () => {
    Object.defineProperty(window.navigator, "clipboard", { value: { writeText: jest.fn(async () => Promise.reject(new Error("denied"))) }, configurable: true });
    const { copied } = useExecCommand(true);
    await copyText("综述文字");
    expect(copied).toEqual(["综述文字"]);
    expect(document.querySelector("textarea")).toBeNull();
  });

  describe("edge cases", () => {
    it("rejects in Chinese when neither way copied, so the pane does not say 已复制", async () => {
      useExecCommand(false);
      await expect(copyText("综述文字")).rejects.toThrow("浏览器不允许复制");
      expect(document.querySelector("textarea")).toBeNull();
    });
  });
});

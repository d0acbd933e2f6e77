/** @jest-environment jsdom */
import { copyText, paragraphsHtml } from "../../../src/taskpane/narrative/copy-text";

const navigatorOf = () => window.navigator as unknown as { clipboard?: unknown };

afterEach(() => {
  delete navigatorOf().clipboard;
  delete (window as unknown as { ClipboardItem?: unknown }).ClipboardItem;
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

  it("puts an HTML copy beside the plain one where the browser takes both, each line a paragraph for Word", async () => {
    const items: Array<Record<string, Blob>> = [];
    class FakeItem {
      constructor(readonly parts: Record<string, Blob>) {
        items.push(parts);
      }
    }
    (window as unknown as { ClipboardItem: unknown }).ClipboardItem = FakeItem;
    const write = jest.fn(async () => undefined);
    Object.defineProperty(window.navigator, "clipboard", { value: { write, writeText: jest.fn() }, configurable: true });
    await copyText("第一段。\n第二段 <a&b>。");
    expect(write).toHaveBeenCalledTimes(1);
    expect(Object.keys(items[0]).sort()).toEqual(["text/html", "text/plain"]);
    expect(paragraphsHtml("第一段。\n\n第二段 <a&b>。")).toBe('<p style="text-indent:2em">第一段。</p><p style="text-indent:2em">第二段 &lt;a&amp;b&gt;。</p>');
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

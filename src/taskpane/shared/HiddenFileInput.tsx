import type { RefObject } from "react";

/**
 * The hidden file input behind an 打开/选择 button: hands over the one file picked and clears
 * itself, so picking the same file again is still noticed.
 */
export function HiddenFileInput(props: { inputRef: RefObject<HTMLInputElement | null>; accept: string; testId: string; onFile: (file: File) => void }) {
  return (
    <input
      ref={props.inputRef}
      type="file"
      accept={props.accept}
      hidden
      data-testid={props.testId}
      onChange={(event) => {
        const file = event.target.files?.[0];
        event.target.value = "";
        if (file) props.onFile(file);
      }}
    />
  );
}

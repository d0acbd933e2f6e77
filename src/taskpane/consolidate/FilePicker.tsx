import { DismissRegular } from "@fluentui/react-icons";
import { Button, Caption1, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { memo, useCallback, useEffect, useRef, useState, type DragEvent } from "react";
import { message } from "../../core/locale";

const useStyles = makeStyles({
  zone: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalL,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    textAlign: "center",
  },
  over: { border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  file: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS, minWidth: 0 },
  name: { flexGrow: 1, minWidth: 0, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  // A long file name is cut, never the size under it ("12" over "KB").
  size: { flexShrink: 0, whiteSpace: "nowrap" },
  remove: { flexShrink: 0, minWidth: 0 },
  footer: { display: "flex", alignItems: "center", justifyContent: "space-between" },
});

const XLSX_ACCEPT = ".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

function sizeText(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * The units' files: many picked at once or dropped on the zone, listed with their size, each
 * removable. Any file is taken (a clerk may drop an .xls or a CSV by mistake): the reader says why
 * it cannot be used, and the summary lists it as rejected rather than losing it silently.
 */
export function FilePicker(props: {
  files: readonly File[];
  disabled: boolean;
  onAdd: (files: File[]) => void;
  onRemove: (index: number) => void;
  onClear: () => void;
}) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  // The list is drawn again only when the files change or are locked, not on each step of a run's progress.
  const onRemove = useRef(props.onRemove);
  useEffect(() => {
    onRemove.current = props.onRemove;
  });
  const remove = useCallback((index: number) => onRemove.current(index), []);
  const drop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    if (props.disabled) return;
    const files = Array.from(event.dataTransfer.files ?? []);
    if (files.length) props.onAdd(files);
  };
  return (
    <>
      <div
        className={mergeClasses(styles.zone, over && styles.over)}
        data-testid="consolidate-drop-zone"
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
      >
        <Text>{message("ui.consolidate.drop-here")}</Text>
        <Button disabled={props.disabled} onClick={() => input.current?.click()}>
          {message("ui.consolidate.pick-files")}
        </Button>
        <input
          ref={input}
          type="file"
          multiple
          accept={XLSX_ACCEPT}
          hidden
          data-testid="consolidate-files-input"
          onChange={(event) => {
            const files = Array.from(event.target.files ?? []);
            event.target.value = "";
            if (files.length) props.onAdd(files);
          }}
        />
      </div>
      {props.files.length > 0 && (
        <>
          <FileList files={props.files} disabled={props.disabled} onRemove={remove} />
          <div className={styles.footer}>
            <Caption1>{message("ui.consolidate.files-count", { count: props.files.length })}</Caption1>
            <Button size="small" appearance="subtle" disabled={props.disabled} onClick={props.onClear}>
              {message("ui.consolidate.clear-files")}
            </Button>
          </div>
        </>
      )}
    </>
  );
}

/** The files picked, each with its size and a button to remove it: 200 rows of Fluent UI, drawn again only when their props change. */
const FileList = memo(function FileList(props: { files: readonly File[]; disabled: boolean; onRemove: (index: number) => void }) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label={message("ui.consolidate.files-label")}>
      {props.files.map((file, i) => (
        <li key={`${file.name}|${file.size}|${file.lastModified}`} className={styles.file}>
          <Text className={styles.name} title={file.name}>
            {file.name}
          </Text>
          <Caption1 className={styles.size}>{sizeText(file.size)}</Caption1>
          <Button
            className={styles.remove}
            size="small"
            appearance="subtle"
            icon={<DismissRegular />}
            disabled={props.disabled}
            title={message("ui.consolidate.remove-file", { name: file.name })}
            aria-label={message("ui.consolidate.remove-file", { name: file.name })}
            onClick={() => props.onRemove(i)}
          />
        </li>
      ))}
    </ul>
  );
});

import { Button, Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowDownloadRegular, DocumentAddRegular, FolderOpenRegular } from "@fluentui/react-icons";
import { useRef } from "react";
import { HiddenFileInput } from "../shared";
import { message } from "../../core/locale";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  buttons: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  modified: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

/** Browser page: new workbook, open an .xlsx from disk, download the workbook held in the page. */
export function WorkbookBar(props: {
  fileName?: string;
  modified: boolean;
  /** The page keeps a copy in the browser until it is downloaded (IndexedDB available). */
  kept?: boolean;
  busy: boolean;
  onNew: () => void;
  onOpen: (file: File) => void;
  onDownload: () => void;
}) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className={styles.root}>
      <div className={styles.buttons}>
        <Button icon={<DocumentAddRegular />} disabled={props.busy} onClick={props.onNew}>
          {message("ui.workbook.new")}
        </Button>
        <Button icon={<FolderOpenRegular />} disabled={props.busy} onClick={() => input.current?.click()}>
          {message("ui.workbook.open")}
        </Button>
        {/* Not primary: the view below has its own one primary action (保存, 开始汇总…). */}
        <Button icon={<ArrowDownloadRegular />} disabled={props.busy || !props.fileName} onClick={props.onDownload}>
          {message("ui.workbook.download")}
        </Button>
        <HiddenFileInput inputRef={input} accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" testId="open-workbook-input" onFile={props.onOpen} />
      </div>
      <Text>{props.fileName ? message("ui.workbook.current", { name: props.fileName }) : message("ui.workbook.none")}</Text>
      {props.modified && <Caption1 className={styles.modified}>{message(props.kept ? "ui.workbook.kept" : "ui.workbook.unsaved")}</Caption1>}
    </div>
  );
}

import { Button, Caption1, Dropdown, Field, Input, Option, ProgressBar, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { message } from "../../core/locale";
import type { ReportTemplate } from "../../core/template";
import { fileRosterSource } from "../consolidate/file-roster-source";
import { downloadBytes } from "../host";
import { HiddenFileInput } from "../shared";
import { StatusBar, bringIntoView, errorText, useOperation, type Notice } from "../status";
import { distributionZip, type PageWorkbook } from "./distribution-zip";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  row: { display: "flex", alignItems: "center", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  name: { minWidth: 0, overflowWrap: "anywhere" },
  dropdown: { minWidth: 0 },
  input: { width: "100%", minWidth: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
  progress: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, ":focus": { outlineStyle: "none" } },
});

const ZIP_TYPE = "application/zip";

/** A new workbook in the page through ExcelJS, loaded on first use in the chunk the browser page uses too. */
async function pageWorkbooks(): Promise<(fileName: string) => PageWorkbook> {
  const { XlsxWorkbook } = await import(/* webpackChunkName: "xlsx" */ "../../workbook/xlsx");
  return (fileName) => XlsxWorkbook.create(fileName);
}

/**
 * 为名录中每个单位生成空白表: a form and a roster file (单位名录.xlsx) → one workbook per unit, its 填报单位
 * filled and the form bound, downloaded as one .zip — in the browser page and in Excel alike, since a
 * pane cannot write files to a folder. Progress per unit and a 取消 that downloads nothing.
 */
export function DistributePanel(props: {
  templates: readonly ReportTemplate[];
  /** Save the zip; the browser's download by default. */
  download?: (bytes: Uint8Array, fileName: string) => void;
  /** New workbooks in the page; ExcelJS by default. */
  workbooks?: () => Promise<(fileName: string) => PageWorkbook>;
}) {
  const styles = useStyles();
  const operation = useOperation();
  const [templateId, setTemplateId] = useState("");
  const [roster, setRoster] = useState<File>();
  const [period, setPeriod] = useState("");
  const [running, setRunning] = useState<{ done: number; total: number; unit: string }>();
  const controller = useRef<AbortController | undefined>(undefined);
  const input = useRef<HTMLInputElement>(null);
  const progress = useRef<HTMLDivElement>(null);
  const started = !!running;
  useEffect(() => {
    if (started) bringIntoView(progress.current, { focus: true });
  }, [started]);
  const template = props.templates.find((t) => t.id === templateId);

  const start = async () => {
    if (!template || !roster || running) return;
    const abort = new AbortController();
    controller.current = abort;
    setRunning({ done: 0, total: 0, unit: "" });
    const cancelled: Notice = { intent: "info", text: message("ui.distribute.cancelled") };
    await operation.run(
      undefined,
      async () => {
        const newWorkbook = await (props.workbooks ?? pageWorkbooks)();
        const zip = await distributionZip({
          template,
          roster: fileRosterSource(roster),
          period: period.trim() || undefined,
          newWorkbook,
          signal: abort.signal,
          onProgress: (done, total, unit) => setRunning({ done, total, unit }),
        });
        if (zip.ok) (props.download ?? ((bytes, name) => downloadBytes(bytes, name, document, ZIP_TYPE)))(zip.bytes, zip.fileName);
        return zip;
      },
      {
        done: (zip): Notice => (zip.ok ? { intent: "success", text: message("ui.distribute.done", { count: zip.count, file: zip.fileName }) } : { intent: "warning", text: zip.reason }),
        failed: (error): Notice => (abort.signal.aborted ? cancelled : { intent: "error", text: errorText(error, { file: roster.name }) }),
      },
    );
    setRunning(undefined);
  };

  return (
    <section className={styles.root} aria-label={message("ui.distribute.heading")}>
      <Caption1 className={styles.muted}>{message("ui.distribute.hint")}</Caption1>
      <Field label={message("ui.distribute.template")}>
        <Dropdown
          className={styles.dropdown}
          disabled={started}
          placeholder={message("ui.distribute.template-none")}
          value={template?.title ?? ""}
          selectedOptions={templateId ? [templateId] : []}
          onOptionSelect={(_, data) => setTemplateId(data.optionValue ?? "")}
        >
          {props.templates.map((t) => (
            <Option key={t.id} value={t.id}>
              {t.title}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <div className={styles.row}>
        <Button size="small" disabled={started} onClick={() => input.current?.click()}>
          {message("ui.distribute.roster-pick")}
        </Button>
        {roster && <Text className={styles.name}>{roster.name}</Text>}
        <HiddenFileInput inputRef={input} accept=".xlsx,.xlsm" testId="distribute-roster-input" onFile={setRoster} />
      </div>
      <Field label={message("ui.distribute.period")}>
        <Input className={styles.input} disabled={started} value={period} onChange={(_, data) => setPeriod(data.value)} />
      </Field>
      <div className={styles.row}>
        <Button appearance="secondary" disabled={started || !template || !roster} onClick={() => void start()}>
          {message("ui.distribute.start")}
        </Button>
      </div>
      {running && (
        <div ref={progress} tabIndex={-1} className={styles.progress} role="group" aria-label={message("ui.distribute.progress-label")}>
          <ProgressBar value={running.total ? running.done / running.total : undefined} thickness="large" />
          <div className={styles.row}>
            <Text className={styles.name}>
              {running.unit ? message("ui.distribute.making", { done: running.done + 1, total: running.total, name: running.unit }) : message("ui.distribute.packing")}
            </Text>
            <Button onClick={() => controller.current?.abort()}>{message("ui.cancel")}</Button>
          </div>
        </div>
      )}
      <StatusBar notice={operation.notice} onDismiss={() => operation.notify(undefined)} />
    </section>
  );
}

import { fakeWorkbookPort } from "./fake-workbook-port";

/** The office's own form on sheet 表1, as the office above drew it (not made from a template). */
export function officeFormPort() {
  const port = fakeWorkbookPort({ sheetNames: ["表1"] });
  port.sheets[0].rows = [
    ["宣传工作统计表"],
    ["填报单位（盖章）：", null, "截止时间：", "2023年2月20日"],
    ["指标名称", "计量单位", "本期数", "累计数"],
    ["新闻稿件", "篇", null, null],
    ["其中：省级", "篇", null, null],
    ["宣传车", "台次", null, null],
    ["目标任务", null, null, null],
  ];
  return port;
}

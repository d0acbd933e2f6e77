/** Inferring a template from a form drawn in Excel (template infer; consolidate and validate without a template). */
export const inferZh = {
  "infer.no-sheet": (p: { sheet: string; sheets: string }) => `工作簿中没有名为“${p.sheet}”的工作表（现有：${p.sheets}）`,
  "infer.no-head": (p: { sheet: string }) =>
    `工作表“${p.sheet}”中找不到表头：没有“指标名称”“项目”“类别”等主栏表头，也没有“本期”“累计”等宾栏表头，无法识别表式`,
  "infer.no-rows": (p: { sheet: string; cell: string }) => `工作表“${p.sheet}”表头（${p.cell}）下面没有指标行，无法识别表式`,
  "infer.no-columns": (p: { sheet: string; cell: string }) => `工作表“${p.sheet}”表头（${p.cell}）右边没有数值栏，无法识别表式`,
  "infer.invalid": (p: { sheet: string; details: string }) => `由工作表“${p.sheet}”识别出的表式不完整：${p.details}`,
  "infer.head-guessed": (p: { cell: string; head: string }) => `没有找到“指标名称”“项目”等主栏表头，按 ${p.cell}“${p.head}”所在行作表头`,
  "infer.no-title": () => "表头上方没有表名，表式名称暂用工作表名",
  "infer.column-role-unknown": (p: { cell: string; head: string }) =>
    `${p.cell} 栏目“${p.head}”看不出是本期、累计还是上年同期，按普通数值栏处理`,
  "infer.column-role-repeated": (p: { cell: string; head: string; role: string }) => `${p.cell} 栏目“${p.head}”与前面的栏目同为“${p.role}”，按普通数值栏处理`,
  "infer.change-assumed": (p: { cell: string; head: string; current: string; base: string }) =>
    `${p.cell} 栏目“${p.head}”没有公式，按（${p.current} − ${p.base}）÷ ${p.base} × 100 计算`,
  "infer.change-without-base": (p: { cell: string; head: string }) =>
    `${p.cell} 栏目“${p.head}”是增减幅度，但表中没有可作比较的本期和上年同期（上期）栏，汇总时不相加，只分单位列出`,
  "infer.rate-without-formula": (p: { cell: string; label: string }) =>
    `${p.cell}“${p.label}”是比率但表中没有计算公式，汇总时不相加，只分单位列出`,
  "infer.kind-guessed": (p: { cell: string; label: string }) => `${p.cell}“${p.label}”没有计量单位，按整数（个数）处理`,
  "infer.after-breakdown": (p: { cell: string; label: string; parent: string }) =>
    `${p.cell}“${p.label}”紧接在“${p.parent}”的“其中”项之后，但没有缩进，看不出是否也属于“${p.parent}”，按与“${p.parent}”并列处理`,
  "infer.breakdown-assumed": (p: { count: number }) =>
    `${p.count} 处“其中”按“其中项可以重叠，每项不超过合计”审核；子项之和应等于合计的，请改为“其中项之和应等于合计”，互不重叠的改为“其中项互不重叠，之和不超过合计”（表式 JSON 中分别为 breakdown 的 complete、exclusive）`,
  "infer.empty-section": (p: { cell: string; title: string }) => `${p.cell} 标题“${p.title}”下面没有指标，已略去`,
  "infer.duplicate-label": (p: { cell: string; label: string; first: string }) =>
    `${p.cell}“${p.label}”在同一部分中与 ${p.first} 重名，汇总时两行无法区分，请改名`,
  "infer.formula-unread": (p: { cell: string; formula: string }) => `${p.cell} 的公式“${p.formula}”看不懂，该格按填报数处理`,
  "infer.known-partial": (p: { template: string }) => `本表题目、指标与内置的《${p.template}》相近，但有《${p.template}》没有的行或栏，已按本表自己的表式审核`,
  "infer.differs": (p: { file: string; sheet: string; form: string }) => `文件“${p.file}”工作表“${p.sheet}”的表式与多数文件的“${p.form}”有出入，按“${p.form}”逐项对照读取：对不上的指标不计入，见审核情况`,
  "infer.notes-title": (p: { count: number }) => `有 ${p.count} 处没有把握，请核对：`,
  "infer.note-in-file": (p: { file: string; sheet: string; note: string }) => `文件“${p.file}”工作表“${p.sheet}”：${p.note}`,
  "infer.note-at": (p: { sheet: string; note: string }) => `工作表“${p.sheet}”：${p.note}`,
};

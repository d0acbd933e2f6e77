// ESLint 9 flat config: typescript-eslint, the Office.js rules of eslint-plugin-office-addins, and the
// layering rules of design.md (src/core imports nothing above it; src/app imports core and the port,
// never an adapter; the Excel and Office globals only where the host is wired).
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";

const coreForbidden = ["exceljs", "react", "react-dom", "office-js", "office-addin-*", "@fluentui/*", "@microsoft/*", "node:*", "fs", "path", "child_process", "os", "fflate", "saxes"];
/** What src/app may not import: the host libraries core may not, the adapters, and the two callers. */
const appForbidden = [...coreForbidden, "**/workbook/office", "**/workbook/office/**", "**/workbook/xlsx", "**/workbook/xlsx/**", "**/taskpane/**", "**/cli/**"];

export default tseslint.config(
  { ignores: ["dist/**", "lib/**", "node_modules/**", "out/**", "coverage/**", "**/*.js", "**/*.mjs"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "no-eval": "error",
      "no-new-func": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-non-null-assertion": "off",
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "warn",
      "office-addins/no-navigational-load": "warn",
      "office-addins/no-office-initialize": "warn",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: coreForbidden.map((group) => ({ group: [group], message: "src/core 是纯领域层：不得引入 Office.js、DOM、React、ExcelJS 或 Node 模块（见 design.md 原则 1）。" })) }],
      "no-restricted-globals": ["error", "window", "document", "Excel", "Office", "OfficeExtension", "process", "require"],
    },
  },
  {
    files: ["src/app/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: appForbidden.map((group) => ({ group: [group], message: "src/app 是用例层：只引入 src/core 与工作簿端口（src/workbook 的 port、错误），不得引入适配器、任务窗格、命令行或宿主库（见 design.md 原则 1）。" })) }],
      "no-restricted-globals": ["error", "window", "document", "Excel", "Office", "OfficeExtension", "process", "require"],
    },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/core/**", "src/app/**", "src/taskpane/host/**", "src/commands/**", "src/workbook/office/**"],
    rules: {
      "no-restricted-globals": [
        "error",
        { name: "Excel", message: "Excel 只在 src/workbook/office 与 src/taskpane/host 中使用：视图通过端口和 host 交来的能力读写工作簿。" },
        { name: "Office", message: "Office 只在 src/taskpane/host、src/commands 与 src/workbook/office 中使用。" },
        "OfficeExtension",
      ],
    },
  },
);

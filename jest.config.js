/** @type {import('jest').Config} */
const tsJest = ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }];
const shared = {
  // Generous: CI runs on two shared cores, and the task-pane tests render Fluent UI under jsdom.
  testTimeout: 30000,
  transform: { "^.+\\.tsx?$": tsJest },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  // office-addin-mock imports office-addin-manifest, which pulls in an ESM-only module; the mock only
  // reads OfficeApp from it (see ../shared/environment.md).
  moduleNameMapper: { "^office-addin-manifest$": "<rootDir>/test/_support/office-addin-manifest-stub.js" },
};
module.exports = {
  // Jest reads testTimeout from the top level only; inside a project it is ignored and tests get 5 s.
  testTimeout: shared.testTimeout,
  projects: [
    { ...shared, displayName: "unit", testEnvironment: "node", testMatch: ["<rootDir>/test/**/*.test.ts?(x)"], testPathIgnorePatterns: ["/test/e2e/"] },
    { ...shared, displayName: "e2e", testEnvironment: "node", testMatch: ["<rootDir>/test/e2e/**/*.test.ts"] },
  ],
};

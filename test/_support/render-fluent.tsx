import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, type RenderResult } from "@testing-library/react";
import type { ReactElement } from "react";

/** Render inside a FluentProvider, as the App does; `rerender` keeps the provider too. */
export function renderFluent(ui: ReactElement): RenderResult & { rerenderFluent(next: ReactElement): void } {
  const result = render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);
  return { ...result, rerenderFluent: (next) => result.rerender(<FluentProvider theme={webLightTheme}>{next}</FluentProvider>) };
}

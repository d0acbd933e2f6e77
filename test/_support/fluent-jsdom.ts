import { configure } from "@testing-library/react";

/**
 * What Fluent UI v9 expects of a browser and jsdom lacks. Import first in a jsdom test file;
 * each polyfill is installed only when missing.
 */

// Fluent's components are heavy under jsdom and the machine's cores are shared: give findBy/waitFor room.
configure({ asyncUtilTimeout: 15000 });

class NoopResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

const scope = globalThis as unknown as Record<string, unknown>;
if (!scope.ResizeObserver) scope.ResizeObserver = NoopResizeObserver;

if (typeof window !== "undefined" && !window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

if (typeof HTMLElement !== "undefined" && !HTMLElement.prototype.scrollIntoView) {
  HTMLElement.prototype.scrollIntoView = () => undefined;
}


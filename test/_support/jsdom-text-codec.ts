import { TextDecoder, TextEncoder } from "node:util";

/**
 * jsdom has no TextDecoder/TextEncoder, which every browser the page runs in has and the .xlsx
 * reader uses. Import first in a jsdom test file that reads real workbooks.
 */
const scope = globalThis as unknown as Record<string, unknown>;
if (!scope.TextDecoder) scope.TextDecoder = TextDecoder;
if (!scope.TextEncoder) scope.TextEncoder = TextEncoder;

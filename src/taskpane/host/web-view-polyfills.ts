/**
 * The few ES2022 library methods HuiBao's code calls that the oldest web view the manifest admits
 * lacks: Safari 13.1–15.3's WebKit (Excel for Mac, ExcelApi 1.10) has neither `Array.prototype.at`,
 * `String.prototype.at` nor `Object.hasOwn` (all Safari 15.4). Loaded before the pane by webpack
 * (entry "taskpane"); each is defined only where missing, as the standard defines it.
 */
function relativeIndex(length: number, index: number): number | undefined {
  const n = Math.trunc(index) || 0;
  const k = n >= 0 ? n : length + n;
  return k < 0 || k >= length ? undefined : k;
}

function define(target: object, name: string, value: unknown): void {
  if (name in target) return;
  Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable: false });
}

define(Array.prototype, "at", function at<T>(this: T[], index: number): T | undefined {
  const k = relativeIndex(this.length, index);
  return k === undefined ? undefined : this[k];
});

define(String.prototype, "at", function at(this: string, index: number): string | undefined {
  const text = String(this);
  const k = relativeIndex(text.length, index);
  return k === undefined ? undefined : text.charAt(k);
});

define(Object, "hasOwn", (object: object, key: PropertyKey): boolean => Object.prototype.hasOwnProperty.call(object, key));

export {};

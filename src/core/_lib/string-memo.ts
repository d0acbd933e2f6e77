/**
 * A function of a string, remembered for the strings it has been asked about. Consolidating a few
 * hundred units' files asks the same few questions thousands of times (is 万元 the same unit as
 * （万元）? what is 填表人 once folded?); the answers depend on the text alone. At `limit` entries the
 * memory is dropped whole, so odd texts (one per cell of a wide sheet) cannot make it grow without
 * bound.
 */
export function memoizeString<T>(compute: (text: string) => T, limit = 4096): (text: string) => T {
  const known = new Map<string, T>();
  return (text: string): T => {
    const hit = known.get(text);
    if (hit !== undefined || known.has(text)) return hit as T;
    const value = compute(text);
    if (known.size >= limit) known.clear();
    known.set(text, value);
    return value;
  };
}

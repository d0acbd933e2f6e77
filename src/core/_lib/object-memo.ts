/**
 * A function of an object (a template, a roster), worked out once per object and kept for as long as
 * the object lives: what depends on a template alone is asked for every file of a consolidation.
 */
export function memoizeObject<K extends object, T>(compute: (key: K) => T): (key: K) => T {
  const known = new WeakMap<K, T>();
  return (key: K): T => {
    if (known.has(key)) return known.get(key) as T;
    const made = compute(key);
    known.set(key, made);
    return made;
  };
}

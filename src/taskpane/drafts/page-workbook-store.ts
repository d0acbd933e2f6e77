/**
 * The browser page's workbook kept in the browser (IndexedDB) until it is downloaded, so a reload,
 * a crash or a closed tab does not lose it: the page writes its bytes after each change and reads
 * them back when it opens. One workbook is kept — the one the page holds.
 */
export interface KeptWorkbook {
  fileName: string;
  bytes: Uint8Array;
  /** ISO time the copy was taken. */
  keptAt: string;
}

export interface PageWorkbookStore {
  /** Whether the copy outlives the page (IndexedDB), or only this page's life (memory). */
  readonly persistent: boolean;
  load(): Promise<KeptWorkbook | undefined>;
  /** Resolves to false when the browser refused the write (quota, privacy mode). */
  save(workbook: KeptWorkbook): Promise<boolean>;
  clear(): Promise<void>;
}

const DATABASE = "huibao-page";
const STORE = "workbooks";
const CURRENT = "current";

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function openDatabase(factory: IDBFactory): Promise<IDBDatabase> {
  const req = factory.open(DATABASE, 1);
  req.onupgradeneeded = () => req.result.createObjectStore(STORE);
  return request(req);
}

function isKept(value: unknown): value is KeptWorkbook {
  const v = value as Partial<KeptWorkbook> | undefined;
  return !!v && typeof v.fileName === "string" && v.bytes instanceof Uint8Array && typeof v.keptAt === "string";
}

/** The store over IndexedDB; in memory where the browser has none or refuses it (a locked-down profile). */
export function createPageWorkbookStore(factory: IDBFactory | undefined = globalThis.indexedDB): PageWorkbookStore {
  if (!factory) return memoryPageWorkbookStore();
  let database: Promise<IDBDatabase> | undefined;
  const store = async (mode: IDBTransactionMode) => {
    database ??= openDatabase(factory);
    return (await database).transaction(STORE, mode).objectStore(STORE);
  };
  return {
    persistent: true,
    async load() {
      try {
        const value: unknown = await request((await store("readonly")).get(CURRENT));
        return isKept(value) ? value : undefined;
      } catch {
        return undefined;
      }
    },
    async save(workbook) {
      try {
        await request((await store("readwrite")).put(workbook, CURRENT));
        return true;
      } catch {
        return false;
      }
    },
    async clear() {
      try {
        await request((await store("readwrite")).delete(CURRENT));
      } catch {
        // Nothing kept when the browser refuses storage.
      }
    },
  };
}

/** Kept for the page's life only: where IndexedDB is missing, and in tests. */
export function memoryPageWorkbookStore(): PageWorkbookStore {
  let kept: KeptWorkbook | undefined;
  return {
    persistent: false,
    load: async () => kept,
    save: async (workbook) => {
      kept = workbook;
      return true;
    },
    clear: async () => {
      kept = undefined;
    },
  };
}

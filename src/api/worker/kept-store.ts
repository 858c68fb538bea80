/**
 * The shelter masters kept in the browser (IndexedDB) between visits: they change about once
 * a year, so a reload draws them at once and revalidates in the background. One record per
 * feed, tagged with the scope it was read in (mode, dialect, broker, tenant, service path,
 * @context and the build that normalised it: services/create.ts, feed.worker.ts); a record from
 * another scope is never returned. Nothing is kept behind sign-in. Storage is a convenience:
 * when IndexedDB is missing, full or refused, nothing is kept and nothing fails.
 */
const DB_NAME = 'nagasaki-dashboard';
const STORE = 'kept-masters';
const VERSION = 1;

export interface KeptRecord<T> {
  scope: string;
  /** Fingerprint of the normalised set (fingerprint.ts, run-master.ts). */
  fingerprint: string;
  /** When the broker last answered with this set (epoch ms). */
  savedAt: number;
  result: T;
}

let opening: Promise<IDBDatabase | undefined> | undefined;

function open(): Promise<IDBDatabase | undefined> {
  opening ??= new Promise((resolve) => {
    if (typeof indexedDB === 'undefined') return resolve(undefined);
    try {
      const request = indexedDB.open(DB_NAME, VERSION);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => resolve(undefined);
      request.onblocked = () => resolve(undefined);
    } catch {
      resolve(undefined);
    }
  });
  return opening;
}

function settle<T>(request: () => IDBRequest<T>, mode: IDBTransactionMode): Promise<T | undefined> {
  return open().then(
    (db) =>
      new Promise<T | undefined>((resolve) => {
        if (!db) return resolve(undefined);
        try {
          const tx = db.transaction(STORE, mode);
          const r = request.call(tx.objectStore(STORE));
          r.onerror = () => resolve(undefined);
          tx.oncomplete = () => resolve(r.result);
          tx.onabort = () => resolve(undefined);
        } catch {
          resolve(undefined);
        }
      }),
  );
}

/** The record kept for `feed` in this `scope`, or undefined (none, another scope, no storage). */
export async function readKept<T>(feed: string, scope: string): Promise<KeptRecord<T> | undefined> {
  const record = await settle(function (this: IDBObjectStore) {
    return this.get(feed) as IDBRequest<KeptRecord<T> | undefined>;
  }, 'readonly');
  return record?.scope === scope ? record : undefined;
}

/** Keeps `record` as the one record of `feed` (any other scope's is replaced). */
export async function writeKept<T>(feed: string, record: KeptRecord<T>): Promise<void> {
  await settle(function (this: IDBObjectStore) {
    return this.put(record, feed);
  }, 'readwrite');
}

/** Closes the connection (tests replace the IndexedDB implementation between cases). */
export async function closeKept(): Promise<void> {
  const db = await opening;
  db?.close();
  opening = undefined;
}

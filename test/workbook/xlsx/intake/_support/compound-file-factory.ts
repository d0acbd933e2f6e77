/**
 * Minimal OLE2 compound files (version 3, 512-byte sectors) for intake tests: a root with the given
 * streams, each stored in regular sectors (padded to 4096 bytes so none lands in the mini stream).
 * Options make the structure hostile: a directory chain that points at itself, a DIFAT that loops.
 */
export interface CompoundStream {
  name: string;
  data?: Uint8Array;
}

const SECTOR = 512;
const FREE = 0xffffffff;
const END = 0xfffffffe;
const FAT_SECTOR = 0xfffffffd;

export function buildCompoundFile(streams: CompoundStream[], options: { cyclicDirectory?: boolean; cyclicDifat?: boolean } = {}): Uint8Array {
  const directorySectors = Math.ceil((streams.length + 1) / 4);
  const padded = streams.map((s) => {
    const data = s.data ?? new Uint8Array(0);
    const size = Math.max(4096, Math.ceil(data.length / SECTOR) * SECTOR);
    const out = new Uint8Array(size);
    out.set(data);
    return out;
  });
  const dataSectors = padded.reduce((n, d) => n + d.length / SECTOR, 0);
  const difatSector = 1 + directorySectors + dataSectors; // only used (appended) when the DIFAT must loop
  const totalSectors = difatSector + (options.cyclicDifat ? 1 : 0);
  if (totalSectors > SECTOR / 4) throw new Error("too big for one FAT sector");

  const file = new Uint8Array(SECTOR * (1 + totalSectors));
  const view = new DataView(file.buffer);
  const sectorAt = (n: number): number => SECTOR * (n + 1);

  // Header.
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].forEach((b, i) => (file[i] = b));
  view.setUint16(0x18, 0x3e, true);
  view.setUint16(0x1a, 3, true);
  view.setUint16(0x1c, 0xfffe, true);
  view.setUint16(0x1e, 9, true);
  view.setUint16(0x20, 6, true);
  view.setUint32(0x2c, options.cyclicDifat ? 2 : 1, true); // claims a second FAT sector, listed in the DIFAT
  view.setUint32(0x30, 1, true); // first directory sector
  view.setUint32(0x38, 4096, true);
  view.setUint32(0x3c, END, true);
  view.setUint32(0x44, options.cyclicDifat ? difatSector : END, true);
  view.setUint32(0x48, options.cyclicDifat ? 1 : 0, true);
  for (let i = 0; i < 109; i++) view.setUint32(0x4c + i * 4, i === 0 ? 0 : FREE, true);

  // FAT (sector 0).
  const fat = new Array<number>(SECTOR / 4).fill(FREE);
  fat[0] = FAT_SECTOR;
  for (let i = 0; i < directorySectors; i++) fat[1 + i] = i === directorySectors - 1 ? (options.cyclicDirectory ? 1 : END) : 2 + i;
  let next = 1 + directorySectors;
  const starts: number[] = [];
  for (const data of padded) {
    starts.push(next);
    const count = data.length / SECTOR;
    for (let i = 0; i < count; i++) {
      fat[next + i] = i === count - 1 ? END : next + i + 1;
      file.set(data.subarray(i * SECTOR, (i + 1) * SECTOR), sectorAt(next + i));
    }
    next += count;
  }
  if (options.cyclicDifat) {
    // A DIFAT sector listing no FAT sector whose "next" link points back at itself.
    fat[difatSector] = 0xfffffffc;
    for (let i = 0; i < SECTOR / 4; i++) view.setUint32(sectorAt(difatSector) + i * 4, i === SECTOR / 4 - 1 ? difatSector : FREE, true);
  }
  fat.forEach((v, i) => view.setUint32(sectorAt(0) + i * 4, v, true));

  // Directory: the root, then the streams chained as right siblings under it.
  const writeEntry = (index: number, name: string, type: number, child: number, right: number, start: number, size: number): void => {
    const at = sectorAt(1 + Math.floor(index / 4)) + (index % 4) * 128;
    for (let i = 0; i < name.length; i++) view.setUint16(at + i * 2, name.charCodeAt(i), true);
    view.setUint16(at + 0x40, (name.length + 1) * 2, true);
    file[at + 0x42] = type;
    view.setUint32(at + 0x44, FREE, true);
    view.setUint32(at + 0x48, right, true);
    view.setUint32(at + 0x4c, child, true);
    view.setUint32(at + 0x74, start, true);
    view.setUint32(at + 0x78, size, true);
  };
  writeEntry(0, "Root Entry", 5, streams.length > 0 ? 1 : FREE, FREE, END, 0);
  streams.forEach((s, i) => writeEntry(i + 1, s.name, 1, FREE, i + 1 < streams.length ? i + 2 : FREE, starts[i], padded[i].length));
  return file;
}

/** A BIFF8 workbook-globals stream start: BOF, then FILEPASS when encrypted, then a CODEPAGE record. */
export function biffStream(options: { encrypted?: boolean; bof?: number } = {}): Uint8Array {
  const records: number[][] = [];
  const record = (type: number, body: number[]): void => {
    records.push([type & 0xff, type >> 8, body.length & 0xff, body.length >> 8, ...body]);
  };
  record(options.bof ?? 0x0809, [0x00, 0x06, 0x05, 0x00, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  if (options.encrypted) record(0x002f, [0x01, 0x00, 0x01, 0x00, ...new Array<number>(48).fill(7)]);
  record(0x0042, [0xb0, 0x04]);
  return new Uint8Array(records.flat());
}

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * Save bytes through the browser's own download: a Blob URL on a temporary link. Nothing leaves the
 * machine; the URL is revoked once the browser has had the chance to start the download.
 */
export function downloadBytes(bytes: Uint8Array, fileName: string, doc: Document = document, type = XLSX_TYPE): void {
  const blob = new Blob([bytes as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const link = doc.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  doc.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

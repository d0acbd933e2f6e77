const pad = (n: number) => String(n).padStart(2, "0");

/** When something was kept, as a clerk reads it: 2月20日 08:30 (local time); "" for a time that cannot be read. */
export function timeText(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? "" : `${d.getMonth() + 1}月${d.getDate()}日 ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

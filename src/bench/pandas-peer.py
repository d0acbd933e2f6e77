"""The peer a clerk's IT colleague would write: pandas + openpyxl, sum every indicator by its label.

Usage: /usr/bin/python3 pandas-peer.py <folder> [--ledger]   → prints JSON {files, values, ms, peakRssMB}
With --ledger, the peer for ledgers: stack every unit's rows under the head that names 整改状态 and count
the rows by status, as a colleague would total a rectification ledger.
"""
import json, os, resource, sys, time
import pandas as pd

def ledger(files):
    frames = []
    for path in files:
        sheets = pd.read_excel(path, sheet_name=None, header=None, engine="openpyxl")
        for name, frame in sheets.items():
            if name.startswith("_huibao"):
                continue
            heads = frame.index[frame.apply(lambda row: "整改状态" in row.values, axis=1)]
            if len(heads) == 0:
                continue
            head = heads[0]
            rows = frame.iloc[head + 1:]
            rows.columns = [str(c) for c in frame.iloc[head]]
            frames.append(rows.dropna(subset=["整改状态"]))
    stacked = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
    counts = stacked["整改状态"].value_counts() if len(stacked) else {}
    return int(sum(counts)) if len(stacked) else 0

def main(folder, is_ledger=False):
    start = time.perf_counter()
    files = sorted(os.path.join(folder, f) for f in os.listdir(folder) if f.endswith(".xlsx"))
    totals, values = {}, 0
    if is_ledger:
        values = ledger(files)
        files_for_sum = []
    else:
        files_for_sum = files
    for path in files_for_sum:
        sheets = pd.read_excel(path, sheet_name=None, header=None, engine="openpyxl")
        for name, frame in sheets.items():
            if name.startswith("_huibao"):
                continue
            for row in frame.itertuples(index=False):
                cells = list(row)
                if len(cells) < 4 or not isinstance(cells[1], str):
                    continue
                label, value = cells[1].replace("其中：", "").strip(), cells[3]
                if isinstance(value, (int, float)) and value == value:
                    totals[label] = totals.get(label, 0) + value
                    values += 1
    ms = (time.perf_counter() - start) * 1000
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"files": len(files), "values": values, "ms": ms, "peakRssMB": peak}))

if __name__ == "__main__":
    main(sys.argv[1], "--ledger" in sys.argv[2:])

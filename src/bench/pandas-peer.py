"""The peer a clerk's IT colleague would write: pandas + openpyxl, sum every indicator by its label.

Usage: /usr/bin/python3 pandas-peer.py <folder>   → prints JSON {files, values, ms, peakRssMB}
"""
import json, os, resource, sys, time
import pandas as pd

def main(folder):
    start = time.perf_counter()
    files = sorted(os.path.join(folder, f) for f in os.listdir(folder) if f.endswith(".xlsx"))
    totals, values = {}, 0
    for path in files:
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
    main(sys.argv[1])

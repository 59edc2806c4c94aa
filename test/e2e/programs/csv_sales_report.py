# Data processing: parse CSV-like text via io.StringIO, aggregate with dicts, sort, deepcopy, write a report to a buffer.
import io
import copy
import sys
from statistics import mean, median

DATA = """date,region,product,units,unit_price
2024-01-03,North,Widget,12,2.50
2024-01-03,South,Gadget,3,10.00
2024-01-04,North,Gadget,7,10.00
2024-01-05,East,Widget,20,2.45
2024-01-05,South,Widget,5,2.50
2024-01-06,North,Doohickey,1,99.99
2024-01-07,East,Gadget,9,9.75
2024-01-07,West,Widget,,2.50
2024-01-08,West,Gadget,4,ten
"""

def parse(text):
    f = io.StringIO(text)
    header = f.readline().strip().split(",")
    rows, errors = [], []
    for lineno, line in enumerate(f, start=2):
        line = line.rstrip("\n")
        if not line:
            continue
        rec = dict(zip(header, line.split(",")))
        try:
            rec["units"] = int(rec["units"])
            rec["unit_price"] = float(rec["unit_price"])
        except ValueError as e:
            errors.append((lineno, str(e)))
            continue
        rec["total"] = rec["units"] * rec["unit_price"]
        rows.append(rec)
    return header, rows, errors

header, rows, errors = parse(DATA)
print(header)
print(len(rows), "rows;", "errors:", errors)
by_region = {}
for r in rows:
    by_region.setdefault(r["region"], []).append(r["total"])
out = io.StringIO()
out.write(f"{'region':<8}{'n':>3}{'sum':>10}{'mean':>9}{'median':>9}\n")
for reg in sorted(by_region, key=lambda k: -sum(by_region[k])):
    v = by_region[reg]
    out.write(f"{reg:<8}{len(v):>3}{sum(v):>10.2f}{mean(v):>9.2f}{median(v):>9.2f}\n")
print(out.getvalue(), end="")
print(out.tell(), len(out.getvalue()))
prod = {}
for r in rows:
    p = prod.setdefault(r["product"], {"units": 0, "revenue": 0.0, "days": set()})
    p["units"] += r["units"]
    p["revenue"] += r["total"]
    p["days"].add(r["date"][-2:])
for name, p in sorted(prod.items(), key=lambda kv: kv[1]["revenue"], reverse=True):
    print(f"{name:10} units={p['units']:3d} revenue={p['revenue']:8.2f} days={sorted(p['days'])}")
snapshot = copy.deepcopy(prod)
shallow = copy.copy(prod)
prod["Widget"]["units"] = 0
prod["Widget"]["days"].add("99")
print(snapshot["Widget"]["units"], shallow["Widget"]["units"], sorted(snapshot["Widget"]["days"]))
nested = [[1, 2], {"a": [3]}, (4, [5])]
dc = copy.deepcopy(nested)
dc[2][1].append(6)
print(nested, dc, dc[0] is nested[0], copy.copy(nested)[0] is nested[0])
buf = io.StringIO("line one\nline two\n\nlast")
print(buf.readlines())
buf.seek(0)
print(repr(buf.read(4)), repr(buf.readline()), repr(buf.read()))
print("to stderr", file=sys.stderr)
print("a", "b", 3, sep="|", end="!\n")
print(*rows[0].items(), sep="\n")
lines = [",".join(str(r[h]) for h in header) for r in rows[:3]]
print("\n".join(lines))
w = io.StringIO()
print("hello", 42, file=w)
print(repr(w.getvalue()))
sys.stdout.write("direct write\n")
if errors:
    sys.exit(f"{len(errors)} bad rows")

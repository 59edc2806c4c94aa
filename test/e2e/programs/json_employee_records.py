# JSON round-trips of nested records: dumps options (indent, sort_keys, separators), loads, errors, data aggregation.
import json

raw = '''
{"employees": [
  {"name": "Ann", "dept": "eng", "salary": 120000, "skills": ["py", "c"], "manager": null, "active": true},
  {"name": "Bo", "dept": "eng", "salary": 95000.5, "skills": [], "manager": "Ann", "active": true},
  {"name": "Cy", "dept": "ops", "salary": 70000, "skills": ["sh"], "manager": "Ann", "active": false},
  {"name": "D\\u00e9 \\"Q\\"", "dept": "ops", "salary": 1e5, "skills": ["a\\nb"], "manager": "Cy", "active": true}
], "meta": {"version": 3, "tags": {}, "ratio": -0.25, "big": 12345678901234567890}}
'''
data = json.loads(raw)
print(type(data).__name__, sorted(data))
emps = data["employees"]
for e in emps:
    print(e["name"], e["salary"], type(e["salary"]).__name__, e["manager"], e["active"], e["skills"])
by_dept = {}
for e in emps:
    by_dept.setdefault(e["dept"], []).append(e["salary"])
summary = {d: {"n": len(v), "total": sum(v), "avg": sum(v) / len(v)} for d, v in by_dept.items()}
print(json.dumps(summary))
print(json.dumps(summary, indent=2, sort_keys=True))
print(json.dumps(data["meta"]))
print(json.dumps([1, 2.0, "x", None, True, False, [], {}], separators=(",", ":")))
print(json.dumps({"é": "ü", "emoji": "\u2603", "ctl": "\t\x01"}))
print(json.dumps({"é": "ü"}, ensure_ascii=False))
print(json.dumps({3: "int key", 1.5: "float", True: "bool", None: "none"}))
print(json.dumps([float("inf"), float("-inf")]))
print(json.dumps("quote\" back\\ slash/"))
print(json.dumps({"a": [1, {"b": [2, 3]}]}, indent=4))
print(json.dumps([[]], indent=2), json.dumps({}, indent=2))
print(json.dumps((1, 2)), json.dumps("plain"), json.dumps(3.0), json.dumps(1e20), json.dumps(0.1))
rt = json.loads(json.dumps(data))
print(rt == data)
for bad in ('{"a": 1,}', '[1, 2', '{"a" 1}', 'nul', '', '"unterminated', '[1] x', "{'a': 1}"):
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e)
    except ValueError as e:
        print("ValueError:", e)
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
print(json.dumps(P(1, 2), default=lambda o: o.__dict__))
print(json.loads("[1.5e3, -0, 0.0, 1E-2, 10]"), json.loads('"\\ud83d\\ude00"') == "\U0001F600")
print(json.loads('{"a": 1, "a": 2}'), json.loads("  true "), json.loads("null") is None)
print(json.loads('{"x": 1}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[1.1]', parse_float=lambda s: "F" + s), json.loads("[7]", parse_int=float))
cfg = json.loads('{"servers": [{"host": "a", "ports": [80, 443]}, {"host": "b", "ports": [22]}]}')
print(sorted((s["host"], p) for s in cfg["servers"] for p in s["ports"]))

# A user program: load a JSON config, validate and merge it, then write a report as JSON.
import json

DEFAULTS = {"host": "localhost", "port": 8080, "debug": False, "workers": 2,
            "paths": {"static": "/srv/static", "logs": "/var/log/app"}, "allowed": []}

user_text = """
{
    "port": 9000,
    "debug": true,
    "paths": {"logs": "/tmp/app-logs"},
    "allowed": ["10.0.0.1", "10.0.0.2"],
    "limits": {"rate": 12.5, "burst": 40}
}
"""

def merge(base, extra):
    out = dict(base)
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = merge(out[key], value)
        else:
            out[key] = value
    return out

config = merge(DEFAULTS, json.loads(user_text))
print(json.dumps(config, indent=2, sort_keys=True))

problems = []
if not 0 < config["port"] < 65536:
    problems.append("bad port")
if config["workers"] < 1:
    problems.append("no workers")
for bad in ['{"port": 80,}', '{"port": 0x50}', '{"port" 80}', '[1, 2']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        problems.append("line %d col %d: %s" % (e.lineno, e.colno, e.msg))
print(json.dumps({"problems": problems}, indent=1))

# a small inventory: totals computed from JSON records and written back
inventory = json.loads('[{"item": "bolt", "qty": 120, "price": 0.05},'
                       ' {"item": "nut", "qty": 300, "price": 0.02},'
                       ' {"item": "gear", "qty": 7, "price": 12.5}]')
for rec in inventory:
    rec["value"] = round(rec["qty"] * rec["price"], 2)
summary = {"count": len(inventory), "total": sum(r["value"] for r in inventory),
           "largest": max(inventory, key=lambda r: r["value"])["item"]}
print(json.dumps(inventory, separators=(",", ":")))
print(json.dumps(summary, sort_keys=True))
print(json.loads(json.dumps(inventory)) == inventory)

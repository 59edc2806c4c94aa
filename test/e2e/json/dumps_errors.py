# json.dumps errors: unserializable objects, bad keys, circular data, NaN refusal.
import json
import sys

def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

class Thing:
    pass

attempt(lambda: json.dumps(Thing()))
attempt(lambda: json.dumps([1, {"a": object()}]))
attempt(lambda: json.dumps({1, 2}))
attempt(lambda: json.dumps(b"bytes"))
attempt(lambda: json.dumps([Thing()], indent=2))
attempt(lambda: json.dumps({(1, 2): 1}))
attempt(lambda: json.dumps({(1, 2): 1}, indent=2))
attempt(lambda: json.dumps({b"k": 1}))
attempt(lambda: json.dumps({1: "a", "2": "b"}, sort_keys=True))

loop = []
loop.append(loop)
attempt(lambda: json.dumps(loop))
attempt(lambda: json.dumps(loop, indent=1))
d = {}
d["self"] = [d]
attempt(lambda: json.dumps(d))
attempt(lambda: json.dumps(Thing(), default=lambda o: o))
attempt(lambda: json.dumps(Thing(), default=lambda o: [o]))

# without indent (CPython's C encoder) the message names no value
attempt(lambda: json.dumps(float("nan"), allow_nan=False))
attempt(lambda: json.dumps([1.5, float("inf")], allow_nan=False))
attempt(lambda: json.dumps({float("-inf"): 1}, allow_nan=False))
attempt(lambda: json.dumps([float("nan")], allow_nan=False, indent=1))
attempt(lambda: json.dumps({float("inf"): 1}, allow_nan=False, indent=2))
try:
    json.dump([float("nan")], sys.stdout, allow_nan=False)
except ValueError as e:
    print()
    print(type(e).__name__, e)
attempt(lambda: json.dumps([1, 2], indent=1.5))
attempt(lambda: json.dumps(1, separators=(",",)))

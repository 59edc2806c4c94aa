# json.dumps of scalars, containers and strings: float repr, escapes, ensure_ascii.
import json

for v in [None, True, False, 0, -7, 2**70, -2**100, 1.0, -0.0, 0.1, 1e16, 1e-7, 1 / 3,
          1e22, 123456789.125, 5e-324, 1.7976931348623157e308,
          float("inf"), float("-inf"), float("nan")]:
    print(json.dumps(v))

print(json.dumps([]), json.dumps({}), json.dumps(()), json.dumps([[]]), json.dumps({"a": {}}))
print(json.dumps([1, "two", 3.0, None, True, [False, []]]))
print(json.dumps((1, (2, (3,)))))
print(json.dumps({"name": "Ann", "age": 31, "tags": ["x", "y"], "score": 9.5}))

# strings: escapes, control characters, non-ASCII and astral characters
print(json.dumps(""))
print(json.dumps("plain text"))
print(json.dumps('quote " backslash \\ slash /'))
print(json.dumps("\b\f\n\r\t"))
print(json.dumps("\x00\x01\x1f\x7f"))
print(json.dumps("caf\xe9 \u20ac \u2028 \U0001f600 \U0010ffff"))
print(json.dumps("caf\xe9 \u20ac \u2028 \U0001f600", ensure_ascii=False))
print(json.dumps("\x00\x7f\n\"", ensure_ascii=False))
print(json.dumps("lone \ud800 surrogate"))
print(json.dumps(["\xe9", {"\xe9": "\U0001d11e"}]))
print(json.dumps(["\xe9", {"\xe9": "\U0001d11e"}], ensure_ascii=False))

# dict keys: str as-is; numbers, bools and None converted
print(json.dumps({1: "int", 2.5: "float", True: "t", False: "f", None: "n"}))
print(json.dumps({float("inf"): 1, float("-inf"): 2, -0.0: 3, 10**20: 4}))

# subclasses of list and dict are encoded as arrays and objects
class Row(list):
    pass

class Record(dict):
    pass

print(json.dumps(Row([1, 2])), json.dumps(Record(a=Row([3]))))

# round trip
data = {"ints": [0, -1, 2**64], "floats": [0.5, -1.25e-10, 3.0], "s": "\u00e9\n", "n": None,
        "nested": [{"k": [True, False]}]}
text = json.dumps(data)
print(text)
print(json.loads(text) == data)

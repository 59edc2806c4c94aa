# json hooks (object_hook, object_pairs_hook, parse_*), JSONEncoder subclasses, dump/load.
import json
import sys

text = '{"name": "box", "size": {"w": 2, "h": 3.5}, "tags": ["a", "b"], "ok": true}'
print(json.loads(text, object_hook=lambda d: sorted(d.items())))
print(json.loads(text, object_pairs_hook=list))
print(json.loads(text, object_pairs_hook=lambda pairs: [k for k, v in pairs],
                 object_hook=lambda d: "ignored"))
print(json.loads('{}', object_pairs_hook=tuple), json.loads('[{}]', object_hook=len))
print(json.loads('[1, 2.50, -3e2, 7]', parse_float=str, parse_int=lambda s: int(s) * 10))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda s: "<" + s + ">"))
print(json.loads('[1.25, 3]', parse_float=float, parse_int=float))

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"x": o.x, "y": o.y}
        return super().default(o)

print(json.dumps([Point(1, 2), Point(-3, 4.5)], cls=PointEncoder))
print(json.dumps({"p": Point(0, 0)}, cls=PointEncoder, indent=2, sort_keys=True))
try:
    json.dumps([Point(1, 2), 1j], cls=PointEncoder)
except TypeError as e:
    print(type(e).__name__, e)
enc = PointEncoder(separators=(",", ":"), sort_keys=True)
print(enc.encode({"b": Point(1, 1), "a": "s"}), enc.encode("just a string"), enc.encode(None))
print(enc.item_separator, enc.key_separator, enc.indent, enc.skipkeys, enc.ensure_ascii)
e2 = json.JSONEncoder(indent=2)
print(repr(e2.item_separator), repr(e2.key_separator), repr(json.JSONEncoder().item_separator))

def as_point(d):
    if set(d) == {"x", "y"}:
        return Point(d["x"], d["y"])
    return d

pts = json.loads('[{"x": 1, "y": 2}, {"z": 0}]', object_hook=as_point)
print(type(pts[0]).__name__, pts[0].x, pts[0].y, pts[1])

class Decoder(json.JSONDecoder):
    def __init__(self):
        super().__init__(object_hook=as_point, parse_float=lambda s: round(float(s)))

print(json.loads('{"x": 1.7, "y": 2.2}', cls=Decoder).x)

# dump writes to anything with write(); load reads from anything with read()
json.dump({"a": [1, 2], "b": None}, sys.stdout)
print()
json.dump({"a": [1, 2], "b": None}, sys.stdout, indent=1, sort_keys=True)
print()

class Buffer:
    def __init__(self, text=""):
        self.text = text
    def write(self, s):
        self.text += s
    def read(self):
        return self.text

buf = Buffer()
json.dump([1, "\u20ac", {"k": 2.5}], buf, ensure_ascii=False)
print(buf.text)
print(json.load(buf), json.load(Buffer('{"a": 1}'), object_pairs_hook=list))
print(json.load(Buffer('"a\tb"'), strict=False))

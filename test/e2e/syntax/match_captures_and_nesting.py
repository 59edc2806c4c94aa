# match: captures in or-patterns, guards that fail, dotted value patterns,
# nested class/sequence/mapping patterns, match inside loops and closures.
import math
class Color:
    RED = "red"
    GREEN = "green"
class Node:
    __match_args__ = ("value", "children")
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)
def total(n):
    match n:
        case Node(v, []):
            return v
        case Node(v, [*kids]):
            return v + sum(total(k) for k in kids)
tree = Node(1, [Node(2), Node(3, [Node(4)])])
print(total(tree))
def color(c):
    match c:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"
        case other:
            return "unknown " + other
print(color("red"), color("green"), color("blue"))
def pair(p):
    match p:
        case (x, 0) | (0, x):
            return f"axis {x}"
        case (x, y) if x == y:
            return f"diag {x}"
        case (x, y):
            return f"point {x} {y}"
        case [x, y, *rest] if len(rest) > 1:
            return f"long {x} {y} {rest}"
        case _:
            return "?"
for p in [(3, 0), (0, 4), (2, 2), (1, 2), [1, 2, 3, 4], [1, 2, 3], "ab", range(2)]:
    print(p, pair(p))
def keys(d):
    match d:
        case {"a": 1, "b": b, **rest} if b > 1:
            return f"ab {b} {rest}"
        case {"a": a}:
            return f"a {a}"
        case {}:
            return "mapping"
    return "not a mapping"
for d in [{"a": 1, "b": 5, "c": 0}, {"a": 1, "b": 0}, {"x": 1}, [1], {}]:
    print(keys(d))
def literals(v):
    match v:
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case b"raw":
            return "bytes"
        case True | False:
            return "bool"
        case None:
            return "none"
        case "a" "b":
            return "ab"
    return "none of them"
for v in [-1, 1.5, b"raw", True, 0, 1, None, "ab", 1.0]:
    print(repr(v), literals(v))
results = []
for i in range(8):
    match i % 4:
        case 0:
            continue
        case 3:
            break
        case n:
            results.append(n * 10)
print(results)
def make():
    fns = []
    for item in [(1, 2), (3, 4)]:
        match item:
            case (a, b):
                fns.append(lambda: a + b)
    return [f() for f in fns]
print(make())
def builtins_self(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i) if i > 100:
            return f"big {i}"
        case int(i):
            return f"int {i}"
        case str(s) | bytes(s):
            return f"text {s!r}"
        case list([x, *_]):
            return f"list starting {x}"
        case dict({"k": v}):
            return f"dict k={v}"
        case tuple((x,)):
            return f"1-tuple {x}"
    return "other"
for v in [True, 500, 7, "s", b"b", [9, 8], {"k": 2}, (5,), 2.0, []]:
    print(builtins_self(v))
class P:
    __match_args__ = ("x",)
    def __init__(self, x):
        self.x = x
def errors(v):
    try:
        match v:
            case P(1, 2):
                return "no"
    except TypeError as e:
        return "TypeError: " + str(e)
    try:
        match v:
            case P(x=1, y=2):
                return "no"
    except TypeError as e:
        return "TypeError: " + str(e)
    return "no match, no error"
print(errors(P(1)), errors(5))
def unbound_after_failure():
    match [1, 2]:
        case [q, 3]:
            pass
        case _:
            pass
    try:
        return q
    except UnboundLocalError as e:
        return "UnboundLocalError"
print(unbound_after_failure())
x = 10
match x:
    case math.pi:
        print("pi")
    case 10 if x > 5:
        print("ten, guarded")
print(type(x).__name__)

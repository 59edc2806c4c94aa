# ExceptionGroup and except* (Python 3.11).
def raise_group():
    raise ExceptionGroup("many", [ValueError("v1"), TypeError("t1"), ValueError("v2"), KeyError("k")])
try:
    raise_group()
except* ValueError as eg:
    print("ValueErrors:", [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print("TypeErrors:", [str(e) for e in eg.exceptions])
except* LookupError as eg:
    print("LookupErrors:", [repr(e) for e in eg.exceptions])
eg = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b"), ValueError("c")])])
print(str(eg), len(eg.exceptions), repr(eg.exceptions[0]))
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(eg.subgroup(TypeError))
try:
    try:
        raise ExceptionGroup("g", [OSError("o")])
    except* ValueError:
        print("not here")
except ExceptionGroup as e:
    print("unhandled part re-raised:", e, [type(x).__name__ for x in e.exceptions])
try:
    raise ValueError("plain")
except* ValueError as eg:
    print("plain exception wrapped:", type(eg).__name__, eg.exceptions)
try:
    ExceptionGroup("x", [])
except ValueError as e:
    print("ValueError:", e)

# Keyword-only parameters after * or *args.
def connect(host, *, port=80, secure=False):
    return f"{host}:{port} secure={secure}"
print(connect("a"), connect("b", port=443, secure=True), connect(host="c", secure=True))
try:
    connect("a", 8080)
except TypeError as e:
    print("TypeError:", e)
def required_kw(*, key):
    return key
print(required_kw(key="k"))
try:
    required_kw()
except TypeError as e:
    print("TypeError:", e)
try:
    required_kw("k")
except TypeError as e:
    print("TypeError:", e)
def mixed(a, *rest, flag, **extra):
    return a, rest, flag, extra
print(mixed(1, 2, 3, flag=True, other=0))
try:
    mixed(1, 2)
except TypeError as e:
    print("TypeError:", e)
def two_missing(*, x, y):
    pass
try:
    two_missing()
except TypeError as e:
    print("TypeError:", e)
print(connect.__kwdefaults__, required_kw.__kwdefaults__)

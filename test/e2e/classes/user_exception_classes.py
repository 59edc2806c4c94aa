# User exception classes: raised, caught by base class, attributes,
# str/repr, and an uncaught one ending the program with a traceback.
class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"missing {key!r}")
        self.key = key


class Detailed(AppError):
    def __str__(self):
        return "detailed: " + ", ".join(map(str, self.args))


def lookup(d, k):
    if k not in d:
        raise NotFound(k)
    return d[k]


for k in ["a", "b"]:
    try:
        print(lookup({"a": 1}, k))
    except AppError as e:
        print(type(e).__name__, e, e.key, e.args, repr(e), isinstance(e, Exception))

try:
    raise Detailed(1, 2)
except Exception as e:
    print(e, repr(e), Detailed.__mro__[1:])

try:
    try:
        raise NotFound("x")
    except NotFound as e:
        raise AppError("wrapped") from e
except AppError as e:
    print(e, type(e.__cause__).__name__)


class Wrapper:
    def run(self):
        return lookup({}, "zz")


Wrapper().run()

# Attributes of built-in exception instances.
try:
    {}["k"]
except KeyError as e:
    print(e.args, str(e), repr(e), e.__class__.__name__, type(e).__mro__[1].__name__)
try:
    int("z")
except ValueError as e:
    print(e.args, isinstance(e.args, tuple))
try:
    import no_such_module_for_adder_tests
except ModuleNotFoundError as e:
    print(e.name, str(e), isinstance(e, ImportError))
try:
    [].foo
except AttributeError as e:
    print(str(e), e.name, e.obj)
try:
    undefined_thing
except NameError as e:
    print(e.name, str(e))
try:
    raise StopIteration(42)
except StopIteration as e:
    print(e.value, e.args)
try:
    raise SystemExit(3)
except SystemExit as e:
    print("SystemExit code", e.code)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(e.encoding, e.start, e.end, e.reason, e.object)
e = OSError(2, "No such file")
print(e.errno, e.strerror, str(e), type(e).__name__)
print(repr(Exception()), repr(Exception("a", 1)), str(Exception("a", 1)), str(Exception(None)))

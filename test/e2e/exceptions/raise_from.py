# raise ... from sets __cause__ and suppresses the context display.
class ConfigError(Exception):
    pass
def load(s):
    try:
        return int(s)
    except ValueError as e:
        raise ConfigError(f"bad value {s!r}") from e
try:
    load("x")
except ConfigError as e:
    print(e, "| cause:", type(e.__cause__).__name__, e.__cause__, "| suppress:", e.__suppress_context__)
    print("context is cause:", e.__context__ is e.__cause__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("k") from None
except KeyError as e:
    print(repr(e), e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
try:
    raise RuntimeError("outer") from ValueError("standalone cause")
except RuntimeError as e:
    print(e, repr(e.__cause__), e.__context__)
try:
    raise TypeError("x") from 5
except TypeError as e:
    print("TypeError:", e)

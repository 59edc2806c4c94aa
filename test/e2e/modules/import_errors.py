# Failing imports raise ModuleNotFoundError / ImportError.
try:
    import _definitely_missing_module
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, "| name:", e.name)
try:
    from _geometry import missing_name
except ImportError as e:
    print(type(e).__name__, "name:", e.name, "| message starts:", str(e).startswith("cannot import name 'missing_name' from '_geometry'"))
try:
    import _shapes._nope
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
try:
    import _raises_on_import
except ZeroDivisionError as e:
    print("error while importing:", e)
import sys
print("_raises_on_import" in sys.modules)

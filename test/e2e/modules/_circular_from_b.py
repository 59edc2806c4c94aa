# Imported while _circular_from_a is still running: VALUE is not bound yet.
try:
    from _circular_from_a import VALUE
except ImportError as e:
    print("partial:", e)
    print("name:", e.name, "path ends with module:", e.path.endswith("_circular_from_a.py"))
import _circular_from_a
print("partial module has VALUE:", hasattr(_circular_from_a, "VALUE"))
def helper():
    return _circular_from_a.VALUE

# sys.version_info is 3.11's (a tuple with named fields); sys.implementation
# describes the running implementation (only its shape is compared).
import sys

v = sys.version_info
print(v >= (3, 8), v[:2], v.major, v.minor, v.releaselevel, len(v), tuple(v)[:2])
print(type(v).__name__, isinstance(v, tuple), v < (4,), v.index(11))
major, minor, *_ = v
print(major, minor, sys.version_info > (3, 10, 9))
print(sys.hexversion >= 0x030B0000, sys.version.startswith("3.11"))
impl = sys.implementation
print(type(impl.name).__name__, isinstance(impl.version, tuple), impl.cache_tag is None or isinstance(impl.cache_tag, str))

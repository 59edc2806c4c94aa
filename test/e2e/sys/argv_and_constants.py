# sys.argv and implementation-independent constants.
# targets: host
import sys
print(len(sys.argv), sys.argv[0].endswith("argv_and_constants.py"), type(sys.argv).__name__)
print(sys.maxsize == 2**63 - 1 or sys.maxsize == 2**31 - 1, sys.maxsize > 0, -sys.maxsize - 1 < 0)
print(sys.byteorder in ("little", "big"), sys.version_info >= (3, 0), sys.version_info[0] == 3)
print(type(sys.path).__name__, isinstance(sys.modules, dict), "sys" in sys.modules)
print(sys.float_info.max == 1.7976931348623157e308, sys.float_info.epsilon == 2.0**-52, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.maxunicode == 0x10FFFF, sys.float_info.min == 2.2250738585072014e-308)
print(sys.getrecursionlimit() > 50, callable(sys.exit))

# The builtins module: every builtin name as an attribute, including the
# ones a program can also spell bare, and the constants.
import builtins
from builtins import max as bmax, ValueError as VE

print(builtins.__name__, builtins.int, builtins.len([1, 2]), bmax(3, 9))
print(getattr(builtins, "print") is print, builtins.sorted is sorted)
print(hasattr(builtins, "ValueError"), hasattr(builtins, "no_such_name"))
print(builtins.ZeroDivisionError.__name__, builtins.IOError is OSError)
print(getattr(builtins, "True"), getattr(builtins, "None"), VE is ValueError)
names = dir(builtins)
for n in ["abs", "isinstance", "Exception", "KeyError", "range", "True",
          "False", "None", "NotImplemented", "Ellipsis", "enumerate"]:
    print(n, n in names)


def shadowing():
    len = 5
    return builtins.len("abc") + len


print(shadowing())

try:
    builtins.undefined_thing
except AttributeError as e:
    print("AttributeError:", e)

# A program can add names to the module, as to any module.
builtins.extra_value = 42
print(builtins.extra_value, getattr(builtins, "extra_value"))

# print() keyword arguments: sep, end, file, flush; objects use __str__.
import sys
print("a", "b", sep="")
print("a", "b", sep=None)
print(1, 2, 3, sep="\n", end="|\n")
print("to stdout explicitly", file=sys.stdout, flush=True)
print(file=sys.stdout)
print(*range(5), sep=", ")
class S:
    def __str__(self):
        return "S-object"
print(S(), "text", 1)
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", end=[])
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", file="not a file")
except AttributeError as e:
    print("AttributeError:", e)

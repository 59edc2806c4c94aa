# string: the character-class constants and capwords
import string

for name in ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "digits",
             "hexdigits", "octdigits", "punctuation", "printable", "whitespace"]:
    v = getattr(string, name)
    print(name, repr(v), len(v))

print(all(c in string.printable for c in string.ascii_letters + string.punctuation))
print("".join(c for c in "Hello, World! 42" if c not in string.punctuation))
print([c for c in "a1 b2\tc3" if c in string.whitespace])
print(sorted(set("deadbeef") - set(string.hexdigits)), set("xyz") <= set(string.ascii_lowercase))

print(repr(string.capwords("  hello   wORLD  foo ")))
print(repr(string.capwords("the quick-brown fox", "-")))
print(repr(string.capwords("a  b", " ")))
print(repr(string.capwords("")), repr(string.capwords("x")))
print(repr(string.capwords("ÉCOLE élève\tnaïve\nline")))
print(repr(string.capwords("one,,two", ",")))

# a Caesar cipher with the constants
def caesar(text, k):
    lo, up = string.ascii_lowercase, string.ascii_uppercase
    table = str.maketrans(lo + up, lo[k:] + lo[:k] + up[k:] + up[:k])
    return text.translate(table)
print(caesar("Hello, World!", 3), caesar(caesar("Hello, World!", 3), 23))

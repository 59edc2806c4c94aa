# Case conversions, including non-ASCII special cases.
samples = ["hello world", "HELLO", "hELLO wORLD", "they're bill's friends", "ß straße", "ǆemal", "123abc DEF", "", "ÉCOLE élève"]
for s in samples:
    print(repr(s), s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold())
print("ﬀ".upper(), "ŉ".upper(), "ΣΑΣ".lower(), "ὈΔΥΣΣΕΎΣ".lower())
print("hello world".title() == "Hello World", "Hello World".istitle(), "Hello world".istitle())
print("ß".casefold() == "ss", "Straße".casefold() == "STRASSE".casefold())

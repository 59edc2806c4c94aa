# The is* predicates on ASCII, unicode digits/letters and empty strings.
samples = ["", "abc", "ABC", "Abc", "abc123", "123", "١٢٣", "½", "²", "   ", "\t\n", "é", "Ω", "a b", "_id", "9lives", "Title Case", "x1_"]
preds = ["isalpha", "isdigit", "isdecimal", "isnumeric", "isalnum", "isspace", "isupper", "islower", "istitle", "isidentifier", "isprintable", "isascii"]
print(" ".join(p[2:6] for p in preds))
for s in samples:
    print(repr(s).ljust(14), " ".join("T" if getattr(s, p)() else "." for p in preds))
print("\x00".isprintable(), "\u00a0".isspace(), "ǅ".istitle(), "class".isidentifier(), "1_000".isdigit())

# The !a conversion and ascii(): non-ASCII characters become escapes.
s = "caf\u00e9 \u2603 \U0001f600"
print(f"{s!a}", ascii(s), f"{'plain'!a}", f"{42!a}", f"{[s]!a}")
print(f"{s!a:>40}|", "%a" % s, f"{s!r}")

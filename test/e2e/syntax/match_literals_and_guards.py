# match statement: literal, capture, wildcard, or-patterns and guards.
def describe(v):
    match v:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case "hello":
            return "greeting"
        case None:
            return "none"
        case True:
            return "true"
        case int(n) if n < 0:
            return f"negative {n}"
        case float() as f:
            return f"float {f}"
        case str() as s if len(s) > 3:
            return "long string " + s
        case _:
            return "other " + repr(v)
for v in [0, 2, "hello", None, True, -4, 2.5, "abcdef", "ab", 99, [1]]:
    print(repr(v), "->", describe(v))

# match statement with sequence, star, mapping and nested patterns.
def parse(cmd):
    match cmd.split():
        case []:
            return "empty"
        case ["go", direction]:
            return "go " + direction
        case ["take", *items] if items:
            return "take " + ",".join(items)
        case ["drop", ("a" | "b") as what]:
            return "drop " + what
        case [single]:
            return "single " + single
        case [first, *_, last]:
            return f"from {first} to {last}"
for c in ["", "go north", "take key lamp", "take", "drop a", "drop c", "look", "a b c d"]:
    print(repr(c), "->", parse(c))
def event(e):
    match e:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest}:
            return f"key {k} extra {sorted(rest)}"
        case {"type": t}:
            return "unknown type " + t
        case (1, [2, *rest]):
            return f"nested seq rest={rest}"
        case _:
            return "no match"
for e in [{"type": "click", "pos": (3, 4)}, {"type": "key", "key": "q", "mod": 1}, {"type": "scroll"}, (1, [2, 3, 4]), {"pos": 1}, "str"]:
    print(event(e))

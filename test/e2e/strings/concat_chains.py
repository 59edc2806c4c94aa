# Chains of + over strs (compiled as one concatenation): values, the
# identity of a lone non-empty part, evaluation order of the parts, and
# errors raised by a part.


def tag(name, body):
    return "<" + name + ">" + body + "</" + name + ">"


def parts_in_order(log):
    def part(s):
        log.append(s)
        return s

    return part("a") + part("b") + part("c") + part("d")


def failing():
    raise ValueError("no part")


def main():
    print(tag("b", "bold"), tag("i", ""), tag("", ""))
    s = "middle"
    print(("" + s + "") is s, ("" + "" + s) is s, (s + "" + "") is s)
    e = ""
    print(repr(e + e + e), len(e + e + e + e))
    print("é" + "x" + "ü" + "€", len("é" + "x" + "ü" + "€"))
    print(("日本" + "語" + "!").encode("utf-8"))
    long_part = "x" * 10000
    joined = "[" + long_part + "|" + long_part + "]"
    print(len(joined), joined[:3], joined[-3:], joined[10000:10003])
    log = []
    print(parts_in_order(log), log)
    words = ["alpha", "beta", "gamma"]
    line = "(" + ", ".join(words) + ")" + " = " + str(len(words))
    print(line)
    try:
        print("a" + s + failing())
    except ValueError as exc:
        print("ValueError:", exc)
    try:
        print("a" + s + 3)
    except TypeError as exc:
        print("TypeError:", exc)
    total = ""
    for k in range(5):
        total = total + str(k) + ","
    print(total)


main()

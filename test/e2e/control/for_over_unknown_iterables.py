# `for` over a value whose type the compiler does not know: list, tuple
# and ASCII str iterators step inline, everything else through __next__.
# The loop must see the same items as CPython whatever the container does
# meanwhile.


def collect(xs, limit=50):
    out = []
    for x in xs:
        out.append(x)
        if len(out) >= limit:
            break
    return out


def main():
    print(collect([1, 2, 3]), collect((4, 5, 6)), collect("abc"))
    print(collect("héllo wörld"), collect("日本"), collect(""))
    print(collect([1.5, 2.5]), collect([True, False, True]), collect([]))
    print(collect(reversed([1, 2, 3])), collect(reversed("abc")))
    print(collect({"a": 1, "b": 2}), collect(range(3)), collect(b"ab"))
    print(collect({3}), collect(x * 2 for x in (1, 2)))

    # Growing and shrinking while iterating.
    grown = [1, 2]
    for x in grown:
        if len(grown) < 7:
            grown.append(x * 10)
    print(grown)
    shrunk = [1, 2, 3, 4, 5]
    seen = []
    for x in shrunk:
        seen.append(x)
        shrunk.pop()
    print(seen, shrunk)
    replaced = [1, 2, 3]
    for i, x in enumerate(replaced):
        if i == 0:
            replaced[2] = "changed"
        print(i, x)

    # A list of floats that becomes a list of mixed values mid-loop.
    floats = [1.0, 2.0]
    out = []
    for v in floats:
        if len(floats) < 4:
            floats.append("s")
        out.append(v)
    print(out)

    # One iterator shared by two loops, and resumed after exhaustion.
    it = iter([1, 2, 3, 4])
    for x in it:
        if x == 2:
            break
    print(collect(it), collect(it), next(iter("xy")))
    s = iter("xyz")
    print(next(s), collect(s), collect(s))
    t = iter((1, 2))
    print(collect(t), collect(t))

    # Subclasses iterate through their own __iter__ when they define one.
    class Doubled(list):
        def __iter__(self):
            for x in list.__iter__(self):
                yield x
                yield x

    class Plain(list):
        pass

    class Word(str):
        pass

    print(collect(Doubled([7, 8])), collect(Plain([7, 8])), collect(Word("ok")))

    # The loop variable keeps the last item; an empty loop leaves it unset.
    for last in collect((1, 2, 3)):
        pass
    print(last)
    try:
        for never in ():
            pass
        print(never)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


main()

# find/rfind/index/rindex/count with start and end bounds.
s = "hello, hello, help"
print(s.find("hel"), s.find("hel", 1), s.find("hel", 8), s.find("hel", 15), s.find("zz"), s.find(""), s.find("", 100))
print(s.rfind("hel"), s.rfind("hel", 0, 10), s.rfind("l"), s.rfind(""), s.rfind("hello", -10))
print(s.index("lo"), s.rindex("lo"), s.count("l"), s.count("hel"), s.count(""), s.count("l", 5, 10), "aaaa".count("aa"))
print("abc".find("c", -1), "abc".find("a", -100, -2), "abc".find("b", 2, 1))
for args in [("zz",), ("hel", 16), ("o", 0, 4)]:
    try:
        print(s.index(*args))
    except ValueError as e:
        print("ValueError:", e)
try:
    s.rindex("q")
except ValueError as e:
    print("ValueError:", e)
print("éàé".find("é", 1), "😀x😀".rfind("😀"), "😀x😀".count("😀"))

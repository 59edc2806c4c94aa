# str.replace with counts, empty strings and overlapping patterns.
s = "one fish two fish red fish"
print(s.replace("fish", "cat"), s.replace("fish", "cat", 1), s.replace("fish", "", 2), s.replace("x", "y"))
print("aaaa".replace("aa", "b"), "abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"))
print("abc".replace("abc", ""), "ééé".replace("é", "e"), "a.b.c".replace(".", "", -1), "abc".replace("b", "b" * 3))
print("tab\there".replace("\t", "    "), "mississippi".replace("ss", "SS").replace("i", "!", 2))

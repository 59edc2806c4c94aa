# String literal forms, escape sequences and concatenation.
print('single', "double", '''triple single''', """triple double""")
print("it's", 'say "hi"', "both \" and '", 'esc \' quote')
print("tab:\t|newline:\n|backslash:\\|bell-free")
print("hex \x41\x42 octal \101\102 unicode \u00e9\u0041 named \N{GREEK SMALL LETTER PI}")
print("\u00e9", "\u03c0", "\u4e2d", "caf\xe9")
print(r"raw \n \t \\ stays", R"RAW\x41")
print("adjacent" " literals" ' join')
s = "con" + "cat" + "enation"
print(s)
s = s + "!"
s += "?"
print(s)
multi = """line one
line two
  indented"""
print(multi)
joined = ("part one, "
          "part two, "
          "part three")
print(joined)
print("line continued \
here")
print("" + "" + "empty-joined")
print("a" "b" "c" == "abc", "x" + "y" == "xy", "ab" != "ba")
print(repr("quote'inside"), repr('dq"inside'), repr("both'\""), repr("nl\n"), repr("tab\t"))
print(repr(""), repr("\\"), repr("\x00\x7f"), repr("\u00e9"))
e = ""
for i in range(5):
    e = e + str(i)
print(e)

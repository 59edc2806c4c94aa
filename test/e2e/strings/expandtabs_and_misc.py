# expandtabs, isascii, str.count of overlapping, and other small methods.
print(repr("a\tb\tc".expandtabs()), repr("a\tb".expandtabs(4)), repr("ab\tc\n\td".expandtabs(3)), repr("\t".expandtabs(0)))
print("abc".isascii(), "é".isascii(), "".isascii())
print("Hello"[::-1].lower().capitalize(), "a-b_c d".replace("-", " ").replace("_", " ").split())
print("%s" % "x".join("123"), "{:>4}".format("ab").replace(" ", "."))
text = "The rain in Spain stays mainly in the plain"
print(text.count("ain"), text.lower().count("the"), text.find("Spain"), text.title().swapcase())

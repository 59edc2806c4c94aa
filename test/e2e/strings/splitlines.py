# splitlines recognises many line boundaries; keepends keeps them.
s = "one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\x1deight\x1enine\x85ten\u2028eleven\u2029twelve"
print(s.splitlines())
print(len(s.splitlines(keepends=True)), s.splitlines(True)[:3])
print("".splitlines(), "\n".splitlines(), "a\n\nb\n".splitlines(), "a\n\nb\n".splitlines(True))
print("no newline".splitlines(), "trailing\r\n".split("\n"), "x\r\n".splitlines())

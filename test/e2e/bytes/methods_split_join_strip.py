# Common bytes methods mirror the str ones.
line = b"  alpha,beta,,gamma  \n"
print(line.strip(), line.lstrip(), line.rstrip(), line.strip(b" \na"))
print(line.strip().split(b","), line.split(), b"a b  c".split(b" "), b"a,b,c".split(b",", 1), b"a,b,c".rsplit(b",", 1))
print(b"-".join([b"x", b"y", bytearray(b"z")]), b"".join([]), b", ".join((b"1", b"2")))
print(b"Hello World".upper(), b"Hello World".lower(), b"hello world".title(), b"hELLO".swapcase(), b"hello".capitalize())
print(b"abc".startswith(b"ab"), b"abc".endswith((b"x", b"c")), b"123".isdigit(), b"abc".isalpha(), b" \t".isspace(), b"Ab1".isalnum())
print(b"x".center(7, b"*"), b"x".ljust(3, b"."), b"x".rjust(3), b"42".zfill(5), b"-42".zfill(6))
print(b"a\nb\r\nc".splitlines(), b"a\nb\n".splitlines(True), b"key=value=x".partition(b"="), b"key=value=x".rpartition(b"="))
try:
    b",".join([b"a", "b"])
except TypeError as e:
    print("TypeError:", e)

# partition and rpartition always return 3-tuples.
for s in ["key=value", "key=value=more", "novalue", "=start", "end=", ""]:
    print(repr(s), s.partition("="), s.rpartition("="))
print("a::b::c".partition("::"), "a::b::c".rpartition("::"))
try:
    "abc".partition("")
except ValueError as e:
    print("ValueError:", e)
host, _, port = "example.org:8080".partition(":")
print(host, int(port) + 1)

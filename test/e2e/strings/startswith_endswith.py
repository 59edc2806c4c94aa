# startswith/endswith with tuples and bounds; in / not in.
f = "report_2024.csv"
print(f.startswith("report"), f.startswith("2024", 7), f.endswith(".csv"), f.endswith(("txt", "csv")), f.startswith(()))
print(f.endswith("report", 0, 6), f.startswith("", 100), f.endswith(""), "".startswith(""), "abc".startswith("abcd"))
print("2024" in f, "xyz" not in f, "" in "", "a" in "", "é" in "café")
try:
    f.startswith(["report"])
except TypeError as e:
    print("TypeError:", e)
try:
    1 in "abc"
except TypeError as e:
    print("TypeError:", e)

# Format specs applied to strings, and the errors for numeric options.
s = "héllo"
print(f"[{s}]", f"[{s:10}]", f"[{s:>10}]", f"[{s:.2}]", f"[{s:^9.3}]", f"[{s:s}]", f"[{s:*<8.4s}]")
for spec in ["+", " ", "=10", "010", ",", "#", "d", "_"]:
    try:
        print(format(s, spec))
    except ValueError as e:
        print("ValueError:", e)
print(format("x", ""), format(None, ""), format([1, 2], ""), format(True, ""), format(True, "^6"))
try:
    format(None, "10")
except TypeError as e:
    print("TypeError:", e)

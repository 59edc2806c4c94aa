# f-string syntax: expressions, quotes, braces, conversions, concatenation.
a = 6
b = 7
print(f"{a} * {b} = {a * b}")
print(f"{a + b} {a - b} {a / b} {a // b} {a % b} {a ** b}")
print(f"{{literal}} {{{a}}} {{ {b} }}")
print(f'single {a}' + f"double {b}" + f'''triple {a + b}''')
print(f"{'nested quotes'}", f'{"other"}')
print(f"{a!r} {a!s} {'text'!r} {'text'!s} {1.5!r} {None!r} {True!s}")
print(f"{'right'!r:>10}|{'x'!s:<4}|")
s = "abc"
print(f"{s} {s!r} {s + s} {s:>6} {s:*<6} {s:^7}|")
print(f"{[1, 2, 3]} {[0.5, 1.0]} {[]}")
lst = [10, 20, 30]
print(f"{lst[0]} {lst[-1]} {len(lst)} {lst[1] * 2:05d}")
def sq(v):
    return v * v
print(f"{sq(9)} {sq(1.5):.3f} {sq(sq(2))}")
print(f"{a < b} {a == 6} {not a}")
print(F"upper-case prefix {a}")
print(f"" + f"{''}" + "|")
x = 0.1
print(f"{x*3} {x * 3:.2f} {x*3!r}")
print(f"line1\nline2 {a}\ttab")
print(f"{a:{b}}|{a:{'<'}{b}}|")
print(f"{'%d' % 5} {'%.2f' % 2.5}")
msg = f"{a}" f"{b}" "plain" f"{a + b}"
print(msg)

# A module-level read of a builtin name sees the builtin until the module rebinds the name.
_len = len
print(_len('ab'))
def len(x):
    return 7
print(_len('ab'), len('ab'))
sum = lambda *a: "mine"
print(sum([1]) if False else sum(1, 2))

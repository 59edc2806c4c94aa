# str() and repr() of built-in exceptions with 0, 1 and many arguments.
for cls in [ValueError, KeyError, IndexError, TypeError, Exception, OSError, StopIteration]:
    print(cls.__name__, repr(str(cls())), repr(cls()), repr(str(cls("m"))), repr(cls("m")), repr(str(cls("a", 2))), repr(cls("a", 2)))
print(str(KeyError("quoted")), str(KeyError(1)), str(KeyError(("t",))))
print(repr(ValueError("it's")), repr(ValueError('say "hi"')))
print(str(UnicodeEncodeError("ascii", "é", 0, 1, "ordinal not in range(128)")))

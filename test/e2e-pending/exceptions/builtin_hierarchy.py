# The built-in exception hierarchy, checked with issubclass and __mro__.
pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError), (FloatingPointError, ArithmeticError),
    (KeyError, LookupError), (IndexError, LookupError), (UnicodeDecodeError, ValueError),
    (ModuleNotFoundError, ImportError), (RecursionError, RuntimeError), (NotImplementedError, RuntimeError),
    (UnboundLocalError, NameError), (FileNotFoundError, OSError), (StopIteration, Exception),
    (KeyboardInterrupt, Exception), (SystemExit, BaseException), (GeneratorExit, Exception),
    (Exception, BaseException), (TypeError, ValueError), (AssertionError, Exception), (BufferError, Exception),
    (StopAsyncIteration, Exception), (EOFError, Exception), (MemoryError, Exception), (AttributeError, Exception),
    (BaseExceptionGroup, BaseException), (ExceptionGroup, Exception), (TimeoutError, OSError), (IOError, OSError),
]
for sub, sup in pairs:
    print(f"{sub.__name__:22} < {sup.__name__:18} {issubclass(sub, sup)}")
print([c.__name__ for c in ZeroDivisionError.__mro__])
print([c.__name__ for c in UnicodeDecodeError.__mro__])
print([c.__name__ for c in KeyboardInterrupt.__mro__], IOError is OSError, EnvironmentError is OSError)

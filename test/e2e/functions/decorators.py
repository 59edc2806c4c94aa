# Decorators run bottom-up when the function is defined and replace it.
calls = []
def trace(f):
    calls.append(f.__name__)
    def wrapper(*args, **kwargs):
        print("call", f.__name__, args, sorted(kwargs.items()))
        return f(*args, **kwargs)
    return wrapper
def twice(f):
    return lambda *a: f(*a) * 2
@trace
@twice
def add(a, b):
    return a + b
print(calls)
print(add(1, 2))
@trace
def greet(name, punct="!"):
    return "hi " + name + punct
print(greet("bob"), greet("amy", punct="?"))

# Scoping corner cases: class bodies, global inside nested functions, nonlocal chains.
x = "global"
def outer():
    x = "outer-local"
    def inner():
        global x
        x = "set by inner"
    inner()
    return x
print(outer(), x)
class K:
    x = "class attr"
    def method(self):
        return x
    z = x + "!"
print(K().method(), K.x, K.z)
def counter_factory():
    count = 0
    def make():
        def bump():
            nonlocal count
            count += 1
            return count
        return bump
    return make()
b = counter_factory()
print(b(), b(), b())
def shadow():
    len = lambda s: -1
    return len("abc")
print(shadow(), len("abc"))

# skip-targets: mps2-an385 hash() is word-sized on the 32-bit board; these values need 64 bits
# Class decorators and class-body calls take any arguments; __hash__ results that fit a word are the hash.
def case_helper_dc_3_py():
    def deco(cls=None):
        if cls is None:
            return 1
        return cls
    @deco
    class A: pass
    print(A.__name__)
case_helper_dc_3_py()
def case_helper_dc_4_py():
    def field(*, default=None, hash=None):
        return (default, hash)
    class A:
        b = field(hash=False)
    print(A.b)
case_helper_dc_4_py()
def case_helper_dc_5_py():
    class B:
        def __init__(self, v): self.v = v
        def __hash__(self):
            return self.v
    for v in (5, -1, 2**60, 2**61 - 2, 2**61 - 1, 2**61, 2**62, 2**63 - 1, -2**62, 2**64):
        print(v, hash(B(v)))
case_helper_dc_5_py()

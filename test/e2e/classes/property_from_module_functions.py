# Module functions passed to property() in a class body take whatever the runtime passes.
#        (adder compiled it for none arguments only)
def _access(self, value=None):
    print('set' if value is not None else 'del', value)
class C:
    p = property(lambda self: 1, _access, _access)
c = C()
c.p = 5
del c.p

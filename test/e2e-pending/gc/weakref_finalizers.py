# After an explicit gc.collect(), objects in unreachable cycles are finalized.
import gc
import weakref
class Res:
    def __init__(self, name):
        self.name = name
        self.self_ref = self
finalized = []
r = Res("cyclic")
wr = weakref.ref(r)
weakref.finalize(r, finalized.append, "cyclic finalized")
print(wr() is r, wr().name)
del r
gc.collect()
print(wr() is None, finalized)

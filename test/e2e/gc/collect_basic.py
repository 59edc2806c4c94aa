# gc module basics: only types and booleans are printed, never counts.
import gc
r = gc.collect()
print(type(r).__name__, r >= 0)
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(type(gc.collect()).__name__)

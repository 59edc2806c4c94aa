# `import math` binds a runtime module sema knows: its constants are
# floats and its functions are called directly, so module globals computed
# from them stay typed and the functions using them run on unboxed floats
# (nbody's SOLAR_MASS and math.sqrt), not through getattr and a dynamic call.
#
# RUN: %adder build --emit=ir %s -o - | FileCheck %s
# RUN: %adder build --emit=ir %s -o - | FileCheck %s --check-prefix=ALIAS

import math
import math as m

SCALE = 4.0 * math.pi * math.pi

# CHECK-LABEL: func @__main__._module_()
# CHECK: float.binary mul
# CHECK: global.set $__main__:SCALE


# CHECK-LABEL: func @__main__.norm{{[_0-9]*}}(%x: float, %y: float) -> float
# CHECK-NOT: obj.getattr
# CHECK-NOT: obj.call
# CHECK: rt.call @adder_math_sqrt_f {{.*}} : float
# CHECK: global.get $__main__:SCALE : object
# CHECK-NEXT: unbox.float
# CHECK: ret
def norm(x, y):
    return math.sqrt(x * x + y * y) * SCALE


# ALIAS-LABEL: func @__main__.hyp{{[_0-9]*}}(%x: float) -> float
# ALIAS-NOT: obj.getattr
# ALIAS: rt.call @adder_math_sqrt_f
# ALIAS: ret
def hyp(x):
    return m.sqrt(x * x + m.e)


print(f"{norm(3.0, 4.0):.3f} {hyp(1.0):.3f}")

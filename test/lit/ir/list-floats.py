# A list sema knows holds floats is read and written without boxes: the
# runtime keeps such lists unboxed (a Floats list), and the reads whose
# value only feeds float arithmetic call adder_list_getitem_float. A read
# whose object is used as an object keeps the boxed call, so a NaN in the
# list is still found by identity.
#
# RUN: %adder build --emit=ir %s -o - | FileCheck %s --check-prefix=IR
# RUN: %adder run %s | FileCheck %s --check-prefix=OUT


def scale(v, k):
    for i in range(len(v)):
        v[i] = v[i] * k


# IR-LABEL: func @__main__.scale_0
# IR: rt.call @adder_list_getitem_float
# IR: float.binary mul
# IR: rt.call @adder_list_setitem_float


def has_first(v):
    return v[0] in v


# IR-LABEL: func @__main__.has_first_1
# IR: %[[READ:[0-9]+]] = rt.call @adder_list_getitem_int
# IR: local.set $[[TMP:tmp.[0-9]+]] %[[READ]]
# IR: local.get $[[TMP]] : object
# IR: obj.contains


def total(v):
    s = 0.0
    for x in v:
        s += x
    return s


# IR-LABEL: func @__main__.total_2
# IR: rt.call @adder_list_getitem_float
# IR-NOT: unbox.float
# IR: float.binary add

v = [1.0, 2.5, 4.0]
scale(v, 2.0)
print(has_first(v), v, total(v))
# OUT: True [2.0, 5.0, 8.0] 15.0

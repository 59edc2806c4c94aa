# Classes get fixed slot layouts from the attributes their methods assign
# on self (DESIGN.md decision 10): the class statement passes its layout
# to the runtime, `self.x` in a method reads its slot through the
# layout (a compare and a load once inlined), and attribute sites on other
# objects whose name is some class's slot go through a per-site cache.
#
# RUN: %adder build --emit=ir %s -o - | FileCheck %s --check-prefix=IR
# RUN: %adder build --emit=llvm %s -o - | FileCheck %s --check-prefix=LLVM
# RUN: %adder run %s | FileCheck %s --check-prefix=OUT

class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def move(self, dx):
        self.x = self.x + dx


class Vec3(Vec):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


print(Vec(1, 2).dot(Vec3(3, 4, 5)))

# IR-LABEL: func @__main__._module_
# IR: layout.ref "x,y"
# IR: rt.call @adder_class_new
# IR: layout.ref "x,y;z"
# IR: rt.call @adder_class_new
# In __init__, where stores to self usually fill empty slots, the store
# that fills one is inlined too; elsewhere it is a call.
# IR-LABEL: func @__main__.Vec.__init__
# IR: layout.ref "x,y"
# IR: rt.call @adder_instance_init_set
# IR-LABEL: func @__main__.Vec.dot
# IR: layout.ref "x,y"
# IR: rt.call @adder_instance_get
# IR: site.cache
# IR: rt.call @adder_instance_get_cached
# IR-LABEL: func @__main__.Vec.move
# IR: rt.call @adder_instance_set

# Once inlined, the fast path compares the class's layout with Vec's.
# LLVM-LABEL: define {{.*}}@{{"?}}__main__.Vec.dot
# LLVM: icmp eq ptr {{.*}}, @.adder.layout

# OUT: 11

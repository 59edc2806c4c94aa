//===- SpecialNames.h - static strs of special method names -----*- C++ -*-===//
//
// The names the class machinery looks up on every dispatch ("__add__",
// "__init__"...) as static str objects with their hash precomputed, so a
// lookup in a class dict never allocates or rehashes a name.
//
//===----------------------------------------------------------------------===//
#ifndef ADDER_RUNTIME_OBJECTS_SPECIALNAMES_H
#define ADDER_RUNTIME_OBJECTS_SPECIALNAMES_H

#include "objects/Str.h"

namespace adder::rt {

// X(Id, "name"). The binary operators come in BinaryOp order three times
// (plain, reflected, in-place) so an operator indexes them directly.
#define ADDER_SPECIAL_NAMES(X)                                                 \
  X(add, "__add__") X(sub, "__sub__") X(mul, "__mul__")                        \
  X(matmul, "__matmul__") X(truediv, "__truediv__")                            \
  X(floordiv, "__floordiv__") X(mod, "__mod__") X(pow, "__pow__")              \
  X(lshift, "__lshift__") X(rshift, "__rshift__") X(and_, "__and__")           \
  X(or_, "__or__") X(xor_, "__xor__")                                          \
  X(radd, "__radd__") X(rsub, "__rsub__") X(rmul, "__rmul__")                  \
  X(rmatmul, "__rmatmul__") X(rtruediv, "__rtruediv__")                        \
  X(rfloordiv, "__rfloordiv__") X(rmod, "__rmod__") X(rpow, "__rpow__")        \
  X(rlshift, "__rlshift__") X(rrshift, "__rrshift__") X(rand, "__rand__")      \
  X(ror, "__ror__") X(rxor, "__rxor__")                                        \
  X(iadd, "__iadd__") X(isub, "__isub__") X(imul, "__imul__")                  \
  X(imatmul, "__imatmul__") X(itruediv, "__itruediv__")                        \
  X(ifloordiv, "__ifloordiv__") X(imod, "__imod__") X(ipow, "__ipow__")        \
  X(ilshift, "__ilshift__") X(irshift, "__irshift__") X(iand, "__iand__")      \
  X(ior, "__ior__") X(ixor, "__ixor__")                                        \
  X(lt, "__lt__") X(le, "__le__") X(eq, "__eq__") X(ne, "__ne__")              \
  X(gt, "__gt__") X(ge, "__ge__")                                              \
  X(neg, "__neg__") X(pos, "__pos__") X(invert, "__invert__")                  \
  X(repr, "__repr__") X(str, "__str__") X(hash, "__hash__")                    \
  X(bool_, "__bool__") X(len, "__len__") X(getitem, "__getitem__")             \
  X(setitem, "__setitem__") X(delitem, "__delitem__")                          \
  X(contains, "__contains__") X(iter, "__iter__") X(next, "__next__")          \
  X(call, "__call__") X(getattribute, "__getattribute__")                      \
  X(getattr, "__getattr__") X(setattr, "__setattr__")                          \
  X(delattr, "__delattr__") X(get, "__get__") X(set, "__set__")                \
  X(delete_, "__delete__") X(init, "__init__") X(new_, "__new__")              \
  X(init_subclass, "__init_subclass__") X(set_name, "__set_name__")            \
  X(class_getitem, "__class_getitem__") X(enter, "__enter__")                  \
  X(exit, "__exit__") X(abs, "__abs__") X(index, "__index__")                  \
  X(int_, "__int__") X(float_, "__float__") X(round, "__round__")              \
  X(format, "__format__") X(missing, "__missing__")                            \
  X(reversed, "__reversed__") X(divmod, "__divmod__")                          \
  X(rdivmod, "__rdivmod__") X(module, "__module__")                            \
  X(qualname, "__qualname__") X(doc, "__doc__") X(slots, "__slots__")          \
  X(dict, "__dict__") X(classcell, "__classcell__") X(class_, "__class__")     \
  X(name, "__name__") X(weakref, "__weakref__")                               \
  X(prepare, "__prepare__") X(metaclass, "metaclass")

enum class SN : uint8_t {
#define ADDER_SN_ENUM(Id, S) Id,
  ADDER_SPECIAL_NAMES(ADDER_SN_ENUM)
#undef ADDER_SN_ENUM
  Count
};

using SpecialNameStr = StaticStr<24>;
extern const SpecialNameStr SpecialNameTable[];

ADDER_INLINE Str *specialName(SN Id) {
  return reinterpret_cast<Str *>(
      const_cast<SpecialNameStr *>(&SpecialNameTable[unsigned(Id)]));
}
ADDER_INLINE Value specialNameValue(SN Id) {
  return fromObject(&specialName(Id)->header);
}
/// The names of the binary operators (Reflected / InPlace forms).
ADDER_INLINE SN binarySpecial(BinaryOp Op) { return SN(unsigned(Op)); }
ADDER_INLINE SN reflectedSpecial(BinaryOp Op) {
  return SN(unsigned(SN::radd) + unsigned(Op));
}
ADDER_INLINE SN inplaceSpecial(BinaryOp Op) {
  return SN(unsigned(SN::iadd) + unsigned(Op));
}
ADDER_INLINE SN compareSpecial(CompareOp Op) {
  return SN(unsigned(SN::lt) + unsigned(Op));
}

} // namespace adder::rt

#endif

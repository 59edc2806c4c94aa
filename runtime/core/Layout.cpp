//===- Layout.cpp - runtime layouts the compiler's pruning reads ----------===//
//
// The backend removes runtime code a program cannot reach
// (backend/Prune.cpp): a type's slot survives only if some reachable code
// reads that slot, and a method only if its name appears in reachable code.
// These tables tell it where those fields are, so the offsets live in one
// place (the structs) and the backend never hard-codes them. Lowering reads
// the size of a list from here too.
//
//===----------------------------------------------------------------------===//

#include "adder/runtime/Objects.h"

#include <stddef.h>

namespace adder::rt {

/// Byte offsets of Type's function-pointer slots.
extern "C" const uint32_t adder_layout_type_slots[] = {
    offsetof(Type, repr),     offsetof(Type, str),       offsetof(Type, hash),
    offsetof(Type, compare),  offsetof(Type, boolean),   offsetof(Type, length),
    offsetof(Type, binary),   offsetof(Type, inplace),   offsetof(Type, unary),
    offsetof(Type, getItem),  offsetof(Type, setItem),   offsetof(Type, contains),
    offsetof(Type, iter),     offsetof(Type, next),      offsetof(Type, call),
    offsetof(Type, construct), offsetof(Type, getAttr),  offsetof(Type, setAttr),
};

/// Method tables and where they hang: Type::methods/methodCount,
/// Module::native, NativeModuleDef::functions/functionCount, and the
/// MethodDef name field.
extern "C" const uint32_t adder_layout_tables[] = {
    offsetof(Type, methods),
    offsetof(Type, methodCount),
    offsetof(Module, native),
    offsetof(NativeModuleDef, functions),
    offsetof(NativeModuleDef, functionCount),
    offsetof(MethodDef, name),
};

/// Size and alignment of a list object: typed code tells LLVM a list's
/// header can be read anywhere in a function (Lower.cpp), so loops load a
/// list's kind, size and items pointer once.
extern "C" const uint32_t adder_layout_list[] = {sizeof(List), alignof(List)};

} // namespace adder::rt

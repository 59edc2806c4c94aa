//===- IterationBuiltins.h - the iteration builtins -------------*- C++ -*-===//
//
// Defined in runtime/builtins/Iteration.cpp. The iterator types are real
// type objects (so `isinstance(x, enumerate)` and `type(zip())` work, and
// calling them constructs); the BuiltinFunction objects call the same
// constructors, for a builtins table that lists functions.
//
//===----------------------------------------------------------------------===//
#ifndef ADDER_RUNTIME_OBJECTS_ITERATIONBUILTINS_H
#define ADDER_RUNTIME_OBJECTS_ITERATIONBUILTINS_H

#include "adder/runtime/Objects.h"

namespace adder::rt {

extern "C" const Type adder_type_enumerate, adder_type_zip, adder_type_map,
    adder_type_filter, adder_type_reversed, adder_type_callable_iterator;

extern "C" const BuiltinFunction adder_builtin_enumerate, adder_builtin_zip,
    adder_builtin_map, adder_builtin_filter, adder_builtin_reversed,
    adder_builtin_iter, adder_builtin_next, adder_builtin_sorted,
    adder_builtin_min, adder_builtin_max, adder_builtin_sum, adder_builtin_any,
    adder_builtin_all;

} // namespace adder::rt

#endif

# What `adder build` and `adder run` say when the target cannot be built
# for: an unknown name lists every known target (host, then Boards.td's
# boards in order), and a heap that does not fit the board's RAM fails the
# link with a message naming the board.
#
# RUN: not %adder build --target=pdp11 %s -o %t.elf 2>&1 \
# RUN:   | FileCheck %s --check-prefix=UNKNOWN
# RUN: not %adder run --target=pdp11 %s 2>&1 \
# RUN:   | FileCheck %s --check-prefix=UNKNOWN
# UNKNOWN: adder: unknown target 'pdp11'; known targets: host, mps2-an385, mps2-an386, netduinoplus2, microbit
#
# The micro:bit has 16 KB of RAM.
# RUN: not %adder build --target=microbit --heap=64k %s -o %t.elf 2>&1 \
# RUN:   | FileCheck %s --check-prefix=HEAP
# HEAP: microbit: .data + .bss + heap (--heap) + stack do not fit in RAM
# HEAP: adder: ld.lld-19 failed
print("never built")

# Code for the Cortex-M boards: Thumb-2 on the Cortex-M3 and M4F, Thumb-1
# on the Cortex-M0. Typed ints are 31-bit tagged words (DESIGN.md decision
# 4) whose multiply checks for overflow before the bigint slow path; floats
# are doubles, in software on all three (the M4F's FPU is single precision).
#
# RUN: %adder build --target=mps2-an385 --emit=asm %s -o - \
# RUN:   | FileCheck %s --check-prefixes=CHECK,V7M,M3
# RUN: %adder build --target=mps2-an386 --emit=asm %s -o - \
# RUN:   | FileCheck %s --check-prefixes=CHECK,V7M,M4F
# RUN: %adder build --target=microbit --emit=asm %s -o - \
# RUN:   | FileCheck %s --check-prefixes=CHECK,M0

# M3: .cpu cortex-m3
# M4F: .cpu cortex-m4
# M4F: .fpu fpv4-sp-d16
# M4F: .eabi_attribute 28, 1
# M0: .cpu cortex-m0

# The board's main() (targets/cortex-m/ProgramEntry.cpp) is compiled with
# the program and hands the runtime the stack the linker script reserves.
# CHECK-LABEL: {{^}}main:
# CHECK-DAG: __adder_stack_bottom
# CHECK-DAG: __adder_stack_top
# CHECK-DAG: adder_runtime_main
# CHECK: .Lfunc_end


# scale's typed body may be inlined into its callers, the generic entry
# (for calls through the function object) included.
# CHECK-LABEL: .type __main__.scale{{[_0-9]*}}{{(\$generic)?}},%function
# CHECK-NEXT: .code 16
# CHECK-NEXT: .thumb_func
# CHECK-NEXT: {{^}}__main__.scale{{[_0-9]*}}{{(\$generic)?}}:
# Untag both operands, multiply to 64 bits, and check that the high word
# is the sign of the low one (the product fits a tagged word).
# V7M: asrs [[X:r[0-9]+]], r{{[0-9]+}}, #1
# V7M: smull [[LO:r[0-9]+]], [[HI:r[0-9]+]], [[X]],
# V7M-NEXT: cmp.w [[HI]], [[LO]], asr #31
# V7M: orr {{r[0-9]+}}, [[LO]], #1
# Thumb-1 has no long multiply: a libgcc call.
# M0: bl {{__muldi3|__aeabi_lmul}}
# CHECK: bl adder_int_binary_slow
# CHECK: .Lfunc_end
def scale(x: int, k: int) -> int:
    return x * k + 1


# CHECK-LABEL: {{^}}__main__.mean{{[_0-9]*}}:
# CHECK: bl {{__adddf3|__aeabi_dadd}}
# CHECK: .Lfunc_end
def mean(xs: list[float]) -> float:
    total = 0.0
    for x in xs:
        total += x
    return total / len(xs)


print(scale(20, 2), mean([1.0, 2.0]))

# `adder run --target=BOARD` boots the program in QEMU: stdout is the
# console UART, stderr arrives through semihosting (so it stays separate,
# as on the host), and the exit status comes back: 1 after an uncaught
# exception's traceback (printed without source lines: images carry no
# sources), SystemExit's code otherwise.
#
# REQUIRES: qemu-arm, board-libs
#
# DEFINE: %{board} =
# DEFINE: %{run} = %adder run --target=%{board} %s > %t.%{board}.out \
# DEFINE:     2> %t.%{board}.err; echo "status $?" >> %t.%{board}.out \
# DEFINE:   && FileCheck %s --check-prefix=OUT -DBOARD=%{board} < %t.%{board}.out \
# DEFINE:   && FileCheck %s --check-prefix=ERR < %t.%{board}.err \
# DEFINE:   && %adder run --target=%{board} %S/Inputs/exit_status.py \
# DEFINE:     > %t.%{board}.exit; echo "status $?" >> %t.%{board}.exit \
# DEFINE:   && FileCheck %s --check-prefix=EXIT < %t.%{board}.exit
#
# REDEFINE: %{board} = mps2-an385
# RUN: %{run}
# REDEFINE: %{board} = mps2-an386
# RUN: %{run}
# REDEFINE: %{board} = netduinoplus2
# RUN: %{run}
# REDEFINE: %{board} = microbit
# RUN: %{run}

# OUT: on [[BOARD]]
# OUT-NEXT: 3 1099511627776 0.30000000000000004
# OUT-NEXT: status 1

# ERR: to stderr
# ERR-NEXT: Traceback (most recent call last):
# ERR-NEXT: File "{{.*}}run-board.py", line [[#@LINE+17]], in <module>
# ERR-NEXT: File "{{.*}}run-board.py", line [[#@LINE+9]], in divide
# ERR-NEXT: ZeroDivisionError: integer division or modulo by zero

# EXIT: exiting with 3
# EXIT-NEXT: status 3
import sys


def divide(a, b):
    return a // b


print("on", sys.platform)
# 2**40 is a bigint on a 32-bit board; the float goes through soft float.
print(divide(7, 2), 2**40, 0.1 + 0.2)
print("to stderr", file=sys.stderr)
divide(1, 0)

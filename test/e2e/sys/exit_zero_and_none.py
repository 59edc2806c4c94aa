# sys.exit() and sys.exit(0) both exit with status 0; SystemExit is catchable.
import sys
try:
    sys.exit()
except SystemExit as e:
    print("caught SystemExit, code =", e.code)
try:
    sys.exit(7)
except SystemExit as e:
    print("caught SystemExit, code =", e.code, e.args)
def cleanup_then_exit():
    try:
        sys.exit(0)
    except Exception:
        print("SystemExit is not an Exception; never printed")
print("exiting normally")
cleanup_then_exit()
print("not printed")

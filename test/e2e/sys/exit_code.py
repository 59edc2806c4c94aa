# sys.exit(n) ends the program with status n after running finally blocks.
import sys
print("before exit")
try:
    sys.exit(3)
finally:
    print("finally runs during exit")
print("never printed")

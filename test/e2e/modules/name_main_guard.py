# __name__ is "__main__" for the script and the module name for imports.
import _geometry
def main():
    print("main() running, __name__ =", __name__)
    print(_geometry.__name__)
if __name__ == "__main__":
    main()
else:
    print("not reached")

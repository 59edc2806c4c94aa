# except Exception does not catch BaseException-only classes.
def run(exc):
    try:
        try:
            raise exc
        except Exception as e:
            return "Exception caught " + type(e).__name__
    except BaseException as e:
        return "BaseException caught " + type(e).__name__
for exc in [ValueError(), KeyboardInterrupt(), SystemExit(0), GeneratorExit(), StopIteration()]:
    print(run(exc))
try:
    try:
        raise SystemExit("bye")
    except:
        print("bare except catches SystemExit too")
        raise
except SystemExit as e:
    print("code:", e.code)

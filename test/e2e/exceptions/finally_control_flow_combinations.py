# try/except/finally with return, break and continue in every clause, bare raise, chaining and raise-from checks.
def f1():
    try:
        return "try"
    finally:
        print("f1 finally")
def f2():
    try:
        raise ValueError("x")
    finally:
        return "finally swallowed"
def f3():
    for i in range(3):
        try:
            if i == 0:
                continue
            if i == 1:
                raise KeyError(i)
        except KeyError as e:
            print("caught", e)
            break
        finally:
            print("fin", i)
    return i
def f4():
    out = []
    for i in range(4):
        try:
            try:
                if i % 2:
                    raise ValueError(i)
                out.append("ok%d" % i)
            finally:
                out.append("inner%d" % i)
                if i == 3:
                    break
        except ValueError as e:
            out.append("ve%s" % e)
            continue
        finally:
            out.append("outer%d" % i)
    return out
def f5():
    try:
        try:
            raise ValueError("a")
        except ValueError:
            raise TypeError("b")
        finally:
            print("f5 inner finally")
    except TypeError as e:
        print("f5", repr(e), repr(e.__context__))
def f6():
    try:
        raise ValueError("first")
    except ValueError:
        try:
            raise KeyError("second")
        except KeyError as k:
            print("inner ctx", repr(k.__context__))
        try:
            raise
        except ValueError as v:
            print("reraised", repr(v))
def f7():
    try:
        try:
            raise ValueError("v")
        finally:
            raise KeyError("k")
    except KeyError as e:
        print("f7", repr(e), repr(e.__context__))
def f8():
    while True:
        try:
            try:
                raise ValueError("loop")
            finally:
                break
        except ValueError:
            print("never")
    try:
        raise
    except RuntimeError as e:
        print("f8 no active:", e)
def f9(n):
    try:
        if n:
            return n
    except Exception:
        pass
    else:
        print("else", n)
        return "else-ret"
    finally:
        print("f9 finally", n)
def f10():
    try:
        1/0
    except (TypeError, ZeroDivisionError) as e:
        print("tuple match", type(e).__name__)
    try:
        try:
            [][1]
        except int:
            pass
    except TypeError as e:
        print("bad except:", e)
print(f1()); print(f2()); print(f3()); print(f4()); f5(); f6(); f7(); f8()
print(f9(1)); print(f9(0)); f10()
try:
    raise ValueError("x") from KeyError("y")
except ValueError as e:
    print(repr(e.__cause__), e.__suppress_context__)
try:
    try:
        1/0
    except ZeroDivisionError:
        raise ValueError("x") from None
except ValueError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    raise 5
except TypeError as e:
    print(e)
try:
    raise ValueError from 5
except TypeError as e:
    print(e)
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
for x in gen():
    print(x)

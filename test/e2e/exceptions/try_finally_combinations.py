# Every combination of try/except/else/finally with and without errors,
# plus nesting and control flow inside handlers.
def run(raise_in, handle):
    log = []
    try:
        try:
            log.append("try")
            if raise_in == "try":
                raise ValueError("t")
        except ValueError:
            log.append("except")
            if raise_in == "except":
                raise KeyError("e")
        else:
            log.append("else")
            if raise_in == "else":
                raise IndexError("el")
        finally:
            log.append("finally")
            if raise_in == "finally":
                raise TypeError("f")
    except Exception as e:
        log.append("outer:" + type(e).__name__)
    return log
for where in [None, "try", "except", "else", "finally"]:
    print(where, run(where, True))
def loop_control():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        except Exception:
            out.append("never")
        else:
            out.append("else" + str(i))
        finally:
            out.append("fin" + str(i))
    return out
print(loop_control())
def return_in_except():
    try:
        raise ValueError
    except ValueError:
        return "from except"
    finally:
        print("  finally still runs")
print(return_in_except())
def exception_var_cleared():
    try:
        1 / 0
    except ZeroDivisionError as err:
        pass
    try:
        return err
    except NameError as e:
        return "err unbound after except: " + str(e)
print(exception_var_cleared())

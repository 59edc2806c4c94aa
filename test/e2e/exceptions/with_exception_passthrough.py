# __exit__ sees the exception and can replace it; exceptions in __enter__.
class Resource:
    def __init__(self, name, fail_enter=False, fail_exit=False):
        self.name, self.fail_enter, self.fail_exit = name, fail_enter, fail_exit
    def __enter__(self):
        print("open", self.name)
        if self.fail_enter:
            raise OSError(f"cannot open {self.name}")
        return self
    def __exit__(self, et, ev, tb):
        print("close", self.name, "with", et.__name__ if et else "no error")
        if self.fail_exit:
            raise RuntimeError(f"close failed for {self.name}")
        return False
try:
    with Resource("a"), Resource("b", fail_enter=True), Resource("c"):
        print("body not reached")
except OSError as e:
    print("OSError:", e)
try:
    with Resource("d", fail_exit=True):
        raise ValueError("body error")
except RuntimeError as e:
    print("RuntimeError:", e, "| context:", repr(e.__context__))
try:
    with Resource("e") as r:
        print("using", r.name)
        raise KeyError("oops")
except KeyError as e:
    print("KeyError:", e)

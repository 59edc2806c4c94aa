# A tiny stack-based VM and tokenizer/compiler for arithmetic with variables and loops.
class VMError(Exception):
    pass

def tokenize(src):
    toks = []
    i = 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(src) and src[j].isdigit():
                j += 1
            toks.append(("num", int(src[i:j])))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            toks.append(("name", src[i:j]))
            i = j
        elif c in "+-*/%()=<>;{}":
            toks.append(("op", c))
            i += 1
        else:
            raise VMError(f"bad char {c!r} at {i}")
    return toks

OPS = {
    "add": lambda a, b: a + b,
    "sub": lambda a, b: a - b,
    "mul": lambda a, b: a * b,
    "div": lambda a, b: a // b,
    "mod": lambda a, b: a % b,
    "lt": lambda a, b: int(a < b),
}

def run(code, trace=False):
    stack, env, pc, steps = [], {}, 0, 0
    while pc < len(code):
        op, *args = code[pc]
        steps += 1
        if steps > 10000:
            raise VMError("step limit")
        pc += 1
        if op == "push":
            stack.append(args[0])
        elif op == "load":
            try:
                stack.append(env[args[0]])
            except KeyError:
                raise VMError(f"undefined {args[0]}") from None
        elif op == "store":
            env[args[0]] = stack.pop()
        elif op == "jz":
            if stack.pop() == 0:
                pc = args[0]
        elif op == "jmp":
            pc = args[0]
        elif op == "print":
            print("out:", stack.pop())
        elif op in OPS:
            b, a = stack.pop(), stack.pop()
            try:
                stack.append(OPS[op](a, b))
            except ZeroDivisionError as e:
                raise VMError(f"pc={pc - 1}: {e}")
        else:
            raise VMError(f"unknown op {op}")
        if trace:
            print(f"  {pc:3d} {op:6s} {stack}")
    return env, steps

prog = [
    ("push", 0), ("store", "i"), ("push", 1), ("store", "f"),
    ("load", "i"), ("push", 10), ("lt",), ("jz", 19),
    ("load", "i"), ("push", 1), ("add",), ("store", "i"),
    ("load", "f"), ("load", "i"), ("mul",), ("store", "f"),
    ("load", "f"), ("print",), ("jmp", 4),
]
env, steps = run(prog)
print(sorted(env.items()), steps)
run([("push", 7), ("push", 3), ("mod",), ("push", 2), ("mul",), ("print",)], trace=True)
for bad in ([("push", 1), ("push", 0), ("div",)], [("load", "zz")], [("nop",)],
            [("push", 1), ("jmp", 0)]):
    try:
        run(bad)
    except VMError as e:
        print("VMError:", e, "| cause:", e.__cause__, "| ctx:", type(e.__context__).__name__)
print(tokenize("x = 12 + foo_1 * (3 - 4); y=x%2"))
try:
    tokenize("a $ b")
except VMError as e:
    print(repr(e), e.args)
try:
    [].pop()
except IndexError as e:
    print(e)

# One of each construct of the Python 3.11 grammar (parse-only: names need
# not be defined). Compared with CPython by parse/ast-matches-cpython.test.
import a, b.c as d
from .. import e
from .f import (g, h as i,)
from j import *
x = y = z = 1
x, *y = [*z, 1]
(a), b.c, d[e] = f
x += 1; x -= 1; x *= 1; x /= 1; x //= 1; x %= 1; x **= 1
x @= 1; x &= 1; x |= 1; x ^= 1; x <<= 1; x >>= 1
v: int
w: "str" = "s"
(u): int = 3
o.p: list[int] = []
del a, b[0], c.d, (e, f), [g]
assert a, b
pass; break; continue
global q, r
nonlocal s
raise
raise E
raise E from F
return
return 1, *a
if a:
    pass
elif b:
    pass
elif c:
    pass
else:
    pass
while a:
    break
else:
    continue
for i, (j, *k) in l:
    pass
else:
    pass
async for a in b: pass
with a: pass
with a as b, c as (d, e): pass
with (a as b, c): pass
with (a, b): pass
with (a): pass
with (yield): pass
async with a as b: pass
try:
    pass
except:
    pass
try:
    pass
except E:
    pass
except (E, F) as e:
    pass
else:
    pass
finally:
    pass
try:
    pass
finally:
    pass
try:
    pass
except* E:
    pass
except* (F, G) as g:
    pass
@d
@d.e(f)
@(lambda f: f)
def f(a, b=1, /, c=2, *d, e, f=3, **g) -> int:
    """docstring"""
    yield
    yield a
    yield from b
    x = yield
    await c
async def g(*, a, b: int = 1): pass
def h(a: int, *b: "x", **c: float): pass
def k(a, /): pass
def m(*args: *Ts): pass
class C: pass
class D(A, B, metaclass=M, **kw): x = 1
class E(*bases): pass
lambda: 0
lambda a, b=1, *c, d, e=2, **f: 0
lambda a, /, b: 0
lambda *, a: 0
a if b else c
a or b or c
a and b and c
a and b or c and d
not a
a < b <= c > d >= e == f != g is h is not i in j not in k
a | b ^ c & d << e >> f + g - h * i / j // k % l @ m ** -n
+a; -a; ~a; --a; -a ** b; (-a) ** b; a ** b ** c
a.b.c; a[b]; a[b:c]; a[::]; a[:]; a[b:]; a[:c]; a[::d]; a[b, c:d]
a[b,]; a[*b]; a[*b, c]; a[b:c, d:e:f]; a[(b, c)]
f(); f(a); f(a, b); f(*a, **b); f(a=1, *b, c=2, **d); f(a for a in b)
f(a, *b, c, d=1); f(x := 1)
[]; [a]; [a, b,]; [*a, *b]
(); (a,); (a, b); (*a, b); (a)
{}; {a: b}; {**a, b: c, **d}; {a}; {a, *b}
[a for b in c]; [a for b in c if d if e for f in g]
{a for b in c}; {a: b for c, d in e}; (a for b in c)
[a async for b in c]; (await a for b in c)
(x := 10); [y := 1, y ** 2]; f(z := 3); a[b := 1]
if (n := len(a)) > 10: pass
while chunk := f(): pass
'single' "double" '''triple''' """triple"""
'con' "cat" 'enation'
r'\n'; R"\d"; b'bytes' B"BYTES" br'\x' Rb'\x' rB"\x"
u'unicode' U'UNICODE'
'\n\t\r\\\'\"\a\b\f\v\0\x41\101\u00e9\U0001F600\N{BULLET}'
b'\x00\xff\n\\' b"'"; "'" '"' '\'"'
'unknown \q escape' "line\
continuation"
f'plain'; f'{a}'; f'{a!r}'; f'{a!s:>10}'; f'{a:{b}.{c}f}'; f'{a=}'
f'{a = }'; f'{a=!r:^20}'; f'{{}} {a} {{ {b}'; f'{a["k"]}'; f"{a['k']}"
f'''{
a
}'''; f'{a:%Y-%m-%d}'; f'{3.14:.2f}' 'x' f'{b}'; rf'\n{a}'; f'\n{a}'
f'{a!a}'; f'{x:{y}}'; f'{"nested" + f"{inner}"}'; f'{a:}'; f'{(lambda: 1 if x else 2)!r}'
0; 1; 123; 0x1F; 0o17; 0b101; 1_000_000; 0xFFFF_FFFF_FFFF_FFFF_FFFF
1.0; 1.; .5; 1e10; 1E-10; 1_0.0_1e1_0; 3j; 1.5J; 1e3j; 0.0; 1e400
12345678901234567890.0; 5e-324; 1e-7; 1e16; 1e22; 0.1
..., None, True, False
match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case Point(x=0, y=0):
        pass
    case [Point(x=0, y=0), *rest] if rest:
        pass
    case {"x": x, "y": y, **kw}:
        pass
    case {1: a, "b": _, None: c}:
        pass
    case (1 | 2 | 3) as n:
        pass
    case -1 | -1.5 | 1+2j | -1-2j | "s" "t" | b"b" | None | True | False:
        pass
    case a.b.c | a.b:
        pass
    case ():
        pass
    case []:
        pass
    case (a,) | [a, *_] | (*_, b):
        pass
    case C() | C(1, 2) | C(a, b=c) | D.E(x=[1, 2]):
        pass
    case _:
        pass
match x, y:
    case a, b: pass
match *x, y:
    case [*a]: pass
match = 1
match.x = 2
match(x)
case = 3
_ = 4
print(match, case)

# The self-documenting f-string '=' specifier.
x = 42
name = "adder"
pi = 3.14159
print(f"{x=}", f"{name=}", f"{pi=:.2f}", f"{x = }", f"{x=!s}", f"{name=!s}", f"{x=:>5}")
print(f"{x * 2 + 1=}", f"{name.upper()=}", f"{[1, 2][0]=}", f"{x>40=}")
d = {"k": [1, 2]}
print(f"{d['k']=}", f"{len(d)=:03d}")

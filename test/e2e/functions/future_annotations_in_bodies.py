# Under `from __future__ import annotations`, module and class annotations are strings.
from __future__ import annotations
limit: int = 10
class Config:
    name: str = "x"
    sizes: list[int]
    missing: UndefinedName
print(__annotations__, Config.__annotations__, Config.name)

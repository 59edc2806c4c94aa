# dataclasses: string annotations from `from __future__ import annotations` (ClassVar, InitVar, KW_ONLY)
from __future__ import annotations

from dataclasses import dataclass, field, fields, InitVar, KW_ONLY
from typing import ClassVar, List, Optional


@dataclass
class Tree:
    label: str
    kids: List[Tree] = field(default_factory=list)
    parent: Optional[Tree] = field(default=None, repr=False, compare=False)
    count: ClassVar[int] = 0
    depth: InitVar[int] = 0
    _: KW_ONLY
    weight: float = 1.0

    def __post_init__(self, depth):
        Tree.count += 1
        for k in self.kids:
            k.parent = self


t = Tree('root', [Tree('a'), Tree('b', weight=2.5)], depth=1)
print(t, Tree.count)
print(t.kids[0].parent is t, [(f.name, f.type) for f in fields(Tree)])
print(Tree.__doc__)
print(Tree.__match_args__)
print(t == Tree('root', [Tree('a'), Tree('b', weight=2.5)]))

# keyword module; namedtuple and dataclasses reject keywords as names.
import keyword
from collections import namedtuple
print(keyword.iskeyword("for"), keyword.iskeyword("match"), keyword.issoftkeyword("match"), len(keyword.kwlist), keyword.softkwlist)
try:
    namedtuple("P", "x class")
except ValueError as e:
    print("ValueError", e)
print(namedtuple("P", "x class", rename=True)._fields)

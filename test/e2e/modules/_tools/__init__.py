# A package whose __init__ imports its own submodules by name.
from _tools import text
from . import numbers

VERSION = (1, 2)

# string: `from string import *` binds exactly the names of __all__
from string import *
print(len(ascii_letters), digits, octdigits, repr(whitespace))
print(capwords("star import works"))
print(Template("$x!").substitute(x="hi"))

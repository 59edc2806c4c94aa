# json.loads errors: JSONDecodeError messages, positions, line and column numbers.
import json

bad = ['', ' ', '[', '[1', '[1,', '[1,]', '[1 2]', '[1,,2]', '[1}', '{', '{"a"', '{"a":',
       '{"a":1', '{"a":1,', '{"a":1,}', '{"a" 1}', '{a:1}', '{,}', '{"a":1 "b":2}',
       '"abc', '"a\\', '"a\\x"', '"\\U0041"', '"\\u12"', '"\\u12x4"', '"\\uzzzz"',
       '"\\u1234', '"\\ud800', '"\\ud800\\u"', '"\\ud800\\u12"', '"\\ud800\\udc0"',
       '"\\ud800\\x"', '"\\ud800\\', '"\\u12345', '"a\nb"', '"\t"', '"\x1f"',
       'nul', 'tru', 'fals', 'nan', 'infinity', '-NaN', '-', '-a', '.5', '+1', '01', '-01',
       '1.', '1.e5', '1e', '1e+', '[-]', '[1]x', 'true false', '{"a":1}{',
       '  [1]  \n x', '[\n1,\n2,\n]', '\n\n  x', '{\n  "a": [1, 2,\n  ]\n}', '\x00', '\ufeff1']
for text in bad:
    try:
        json.loads(text)
        print(repr(text), "parsed?")
    except json.JSONDecodeError as e:
        print(repr(text), "|", e, "|", e.msg, e.pos, e.lineno, e.colno, e.doc == text)

# JSONDecodeError is a ValueError with CPython's attributes
e = json.JSONDecodeError("Custom problem", "ab\ncd\nef", 7)
print(e, e.args, e.msg, e.pos, e.lineno, e.colno, repr(e.doc))
print(isinstance(e, ValueError), issubclass(json.JSONDecodeError, ValueError))
try:
    json.loads('{"key": value}')
except ValueError as err:
    print(type(err).__name__, err)

for obj in [3, None, 1.5, ["[]"]]:
    try:
        json.loads(obj)
    except TypeError as err:
        print(type(err).__name__, err)
try:
    json.JSONDecoder().raw_decode(' [1]')
except json.JSONDecodeError as err:
    print(err)

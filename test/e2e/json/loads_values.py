# json.loads: the full grammar, numbers as CPython parses them, string escapes.
import json

for text in ['null', 'true', 'false', '0', '-0', '42', '-17', '12345678901234567890123',
             '0.0', '-0.0', '1.5', '1e5', '1E5', '1e+5', '1e-5', '-1.5E-3', '2.5e-324',
             '1E400', '-1e400', '1e-400', '0.1', '100000000000000000000000.0',
             '1.0000000000000000001', '123.456e1', '9007199254740993', '9007199254740993.0',
             'NaN', 'Infinity', '-Infinity', '"x"', '[]', '{}', '[[]]', '{"a":{}}']:
    v = json.loads(text)
    print(text, '->', repr(v), type(v).__name__)

print(json.loads('  \t\n\r [ 1 ,\n 2 ,\t3 ]  \n'))
print(json.loads('{"a" : 1 , "b":[true,false,null] ,"c":{"d":"e"}}'))
print(json.loads('{"a": 1, "a": 2, "b": 3}'))
print(json.loads('{"": 0, " ": 1}'))
print(json.loads('[{"k": [1, [2, [3, {"deep": [4.5]}]]]}]'))

# string escapes
print(repr(json.loads('"\\"\\\\\\/\\b\\f\\n\\r\\t"')))
print(repr(json.loads('"\\u0041\\u00e9\\u00E9\\u20ac\\u0000"')))
print(repr(json.loads('"\\ud83d\\ude00 \\uD834\\uDD1E \\udbff\\udfff"')))
print(repr(json.loads('"lone \\ud800 high, lone \\udc00 low, \\ud800\\u0041"')))
print(repr(json.loads('"reversed \\udc00\\ud800 and \\ud800\\udbff"')))
print(repr(json.loads('"caf\xe9 \u20ac \U0001f600 raw"')))
print(repr(json.loads('"DEL \x7f is allowed"')))
print(repr(json.loads('"tab\there"', strict=False)))

# bytes input: the encoding is detected like CPython does
for enc in ['utf-8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be']:
    print(enc, json.loads('{"\xe9": [1, "\u20ac"]}'.encode(enc)))
print(json.loads(b'\xef\xbb\xbf[1, 2]'), json.loads(bytearray(b'"ba"')), json.loads(b'7'))

# raw_decode returns the value and where it ended
dec = json.JSONDecoder()
print(dec.raw_decode('[1, 2] trailing'), dec.raw_decode('{"a": 1}{"b": 2}', 8))
print(dec.raw_decode('"abc"'), dec.raw_decode('12 34'), dec.decode(' [true] '))

# round trips
for v in [[0.1, 0.2, 0.30000000000000004], {"x": [1e300, -1e-300]}, "\u2603\n\t", [2**100, -2**63]]:
    print(json.loads(json.dumps(v)) == v, json.loads(json.dumps(v, ensure_ascii=False)) == v)

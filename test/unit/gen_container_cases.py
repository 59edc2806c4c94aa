#!/usr/bin/env python3
"""Writes the container/str differential cases with CPython's answers.

ContainersTest.cpp evaluates every case with a small Python-subset
evaluator driving the runtime through its protocol functions, and requires
the same repr, or the same "Type: message" error, as CPython printed here.

Usage: gen_container_cases.py OUTPUT

A case is statements separated by " ;; "; the value of the last part
(None if it is a statement) is the result. The subset: literals (str, bytes, int, float, None, bools,
tuples, lists, dicts, sets), names bound by `x = ...`, attribute access,
calls with keywords, subscripts and slices, unary -, binary + - * % | & ^,
comparisons, `in` / `not in`, `not`, `and` / `or`, `x[k] = v`, `del x[k]`
and augmented assignment. Line format: CASE <TAB> EXPECTED, where
EXPECTED is repr(value) or "!Type: message".
"""

import sys
import warnings

CASES = r"""
# --- dict -----------------------------------------------------------------
{}
{1: 2, 'a': [3]}
{1: 1, 1.0: 2, True: 3}
d = {'a': 1} ;; d['b'] = 2 ;; d
d = {'a': 1} ;; d['zz']
d = {'a': 1} ;; del d['a'] ;; d
d = {'a': 1} ;; del d['q']
d = {} ;; d[[1]] = 2
hash({})
{1: 2} == {1: 2}
{1: 2, 3: 4} == {3: 4, 1: 2}
{1: 2} != {1: 3}
{1: 2} < {1: 3}
len({1: 2, 3: 4})
2 in {1: 2}
1 in {1: 2}
[] in {1: 2}
d = {1: 'a', 2: 'b'} ;; list(d)
d = {1: 'a', 2: 'b'} ;; d.keys()
d = {1: 'a', 2: 'b'} ;; d.values()
d = {1: 'a', 2: 'b'} ;; d.items()
{}.keys()
d = {1: 2} ;; d.get(1)
d = {1: 2} ;; d.get(3)
d = {1: 2} ;; d.get(3, 'x')
d = {1: 2} ;; d.get()
d = {1: 2} ;; d.get(1, 2, 3)
d = {1: 2} ;; d.get(1, default=2)
d = {1: 2} ;; d.setdefault(1, 5) ;; d.setdefault(2, 6) ;; d.setdefault(3) ;; d
d = {1: 2, 3: 4} ;; d.pop(1) ;; d
d = {1: 2} ;; d.pop(5)
d = {1: 2} ;; d.pop(5, 'dflt')
d = {} ;; d.pop(5)
d = {} ;; d.pop()
d = {1: 2, 3: 4} ;; d.popitem()
d = {1: 2, 3: 4} ;; d.popitem() ;; d.popitem() ;; d
d = {} ;; d.popitem()
d = {1: 2} ;; d.popitem(1)
d = {1: 2} ;; d.update({3: 4}, x=5) ;; d
d = {} ;; d.update([(1, 2), [3, 4]]) ;; d
d = {} ;; d.update(['ab', 'cd']) ;; d
d = {} ;; d.update([(1, 2, 3)])
d = {} ;; d.update([1])
d = {} ;; d.update(1)
d = {} ;; d.update(1, 2)
d = {} ;; d.update(a=1, b=2) ;; d
d = {1: 2} ;; d.clear() ;; d
d = {1: 2} ;; e = d.copy() ;; e[3] = 4 ;; d
d = {1: 2} ;; d.copy(1)
d = {1: 2} ;; d.keys(1)
d = {1: 2} ;; d.keys(x=1)
dict.fromkeys([1, 2])
dict.fromkeys('ab', 0)
{}.fromkeys([3])
dict.fromkeys()
dict.fromkeys(1)
dict()
dict([(1, 2)])
dict({1: 2}, a=3)
dict(a=1, b=2)
dict(1, 2)
dict([1])
dict([(1, 2, 3)])
dict({1: 2}.items())
{1: 2} | {3: 4}
{1: 2} | {1: 5}
{1: 2} | [(3, 4)]
d = {1: 2} ;; d |= [(3, 4)] ;; d
d = {1: 2} ;; d |= {1: 7} ;; d
d = {1: 2} ;; d |= 5
d = {1: 'a'} ;; d[1] = d ;; d
d = {1: 'a'} ;; d[2] = d.keys() ;; d
d = {'a': 1, 'b': 2, 'c': 3} ;; del d['b'] ;; d['b'] = 4 ;; d
d = {} ;; d[1] = 1 ;; d[2] = 2 ;; d[3] = 3 ;; d[4] = 4 ;; d[5] = 5 ;; d[6] = 6 ;; d[7] = 7 ;; d[8] = 8 ;; d[9] = 9 ;; d[10] = 10 ;; d
d = {1: 2} ;; d.__contains__(1)
d = {1: 2} ;; d.__getitem__(1)
d = {1: 2} ;; d.__getitem__(7)
d = {1: 2, 3: 4} ;; list(reversed(d))
d = {1: 2, 3: 4} ;; list(reversed(d.items()))
d = {1: 2, 3: 4} ;; list(reversed(d.values()))
d = {1: 2} ;; it = iter(d) ;; d[5] = 6 ;; next(it)
d = {1: 2, 3: 4} ;; it = iter(d) ;; next(it) ;; d.pop(3) ;; d[9] = 9 ;; list(it)
d = {1: 2} ;; k = d.keys() ;; d[3] = 4 ;; k
{1: 2}.keys() == {1}
{1: 2}.keys() == {1: 2}.keys()
{1: 2}.items() == {(1, 2)}
{1: 2}.keys() < {1, 2}
{1: 2}.keys() <= {1}
{1: 2, 3: 4}.keys() > {1}
{1: 2}.keys() < 1
sorted({1: 2, 3: 4}.keys() | {5})
sorted({1: 2, 3: 4}.keys() & {3, 5})
sorted({1: 2, 3: 4}.keys() - {3})
sorted({1: 2, 3: 4}.keys() ^ {3, 5})
sorted([1, 7] | {1: 2}.keys())
sorted({1: 2}.items() | {(3, 4)})
{1: 2}.keys() & [1, 5]
{1: 2}.items() | 1
1 in {1: 2}.keys()
(1, 2) in {1: 2}.items()
(1, 3) in {1: 2}.items()
1 in {1: 2}.items()
2 in {1: 2}.values()
len({1: 2}.values())
{1: 2}.keys().isdisjoint([3])
{1: 2}.keys().isdisjoint({1})
hash({}.keys())
type({}.keys()).__name__
type(iter({})).__name__
type(iter({}.values())).__name__
type(iter({}.items())).__name__
type(reversed({})).__name__
{(1, 2): 3, frozenset({1}): 4}
{1: 2}[frozenset()]
d = {} ;; d[1.0] = 'a' ;; d[1] = 'b' ;; d
d = {'x': 1} ;; d.get('x')
# --- set and frozenset ----------------------------------------------------
set()
frozenset()
{1, 2, 3}
{3, 2, 1}
{5, 13, 21, 29, 37, 45, 53, 61, 69}
set(range(20))
set([-1, -2, 7, 100, 1000, 2 ** 40])
{(1, 2), (3, 4)}
{1.5, 2.5, 0.25}
frozenset({1, 2})
frozenset([3, 1, 2])
frozenset('a')
set('a')
set(1)
set(1, 2)
set(x=1)
frozenset(1, 2)
s = {1, 2} ;; s.discard(1) ;; s.add(9) ;; s
s = set() ;; s.add(1) ;; s.add(1) ;; s
s = {1} ;; s.add([])
s = {1} ;; s.add()
s = {1} ;; s.add(1, 2)
s = {1, 2} ;; s.remove(2) ;; s
s = {1} ;; s.remove(5)
s = {1} ;; s.remove([])
s = {1} ;; s.discard(5) ;; s
s = {1} ;; s.discard([])
s = {1, 2, 3} ;; s.pop() ;; s.pop() ;; s
s = set() ;; s.pop()
s = {1} ;; s.clear() ;; s
s = {1, 2} ;; t = s.copy() ;; t.add(3) ;; s
{1, 2} | {3}
{1, 2} & {2, 3}
{1, 2} - {2, 3}
{1, 2} ^ {2, 3}
{1, 2} | [3]
frozenset({1}) | {2}
{2} | frozenset({1})
s = {1} ;; s |= {2} ;; s
s = {1, 2} ;; s &= {2} ;; s
s = {1, 2} ;; s -= {2} ;; s
s = {1, 2} ;; s ^= {2, 3} ;; s
s = {1, 2} ;; s |= [3]
f = frozenset({1}) ;; f |= {2} ;; f
{1, 2}.union([3], (4,))
{1, 2}.union()
{1, 2, 3}.intersection([2, 3, 4], {3})
{1, 2, 3}.difference([2], {3})
{1, 2}.symmetric_difference([2, 3])
{1, 2}.symmetric_difference()
s = {1, 2} ;; s.update([3], {4}) ;; s
s = {1, 2, 3} ;; s.intersection_update([2, 3], [3]) ;; s
s = {1, 2, 3} ;; s.difference_update([2], [3]) ;; s
s = {1, 2} ;; s.symmetric_difference_update({2, 3}) ;; s
s = {1, 2} ;; s.symmetric_difference_update(s) ;; s
{1}.issubset([1, 2])
{1, 3}.issubset({1, 2})
{1, 2}.issuperset([1])
{1, 2}.issuperset({3})
{1}.isdisjoint([2])
{1}.isdisjoint({1})
{1}.issubset()
{1}.issubset(1)
{1} < {1, 2}
{1} <= {1}
{1, 2} > {1}
{1} >= {2}
{1} == frozenset({1})
{1} != {2}
{1} < 1
{1} == 1
1 in {1}
[] in {1}
{1} in {frozenset({1})}
s = {frozenset({1})} ;; s.remove({1}) ;; s
hash(frozenset())
hash(frozenset({1, 2, 3}))
hash(frozenset({(1, 2)}))
hash(frozenset({-1}))
hash(frozenset(range(100)))
hash({1})
{frozenset({1}): 'x'}[frozenset([1])]
len({1, 2})
sorted({3, 1, 2})
s = {1} ;; it = iter(s) ;; s.add(2) ;; next(it)
set({1: 2, 3: 4})
set(frozenset({1, 2}))
s = set(range(10)) ;; s.difference_update(range(5)) ;; s
set(range(100)) - set(range(3, 100))
set(range(3)) & set(range(1, 100))
{1, 2}.copy(1)
type(iter(set())).__name__
frozenset({1}).copy()
# --- str: search, split, join, strip --------------------------------------
'hello world'.split()
'  a  b  '.split()
'  a  b  '.split(None, 1)
'  a  b  '.rsplit(None, 1)
'a,b,,c'.split(',')
'a,b,,c'.split(',', 1)
'a,b,,c'.rsplit(',', 1)
'a,b,,c'.rsplit(',')
'\u3000a\x1fb\x85c'.split()
'abc'.split('')
'abc'.split(1)
'abc'.split('a', 1, 2)
'abc'.split(x=1)
'abc'.split(sep='b', maxsplit=0)
'a b c'.split(maxsplit=1)
'a b c'.rsplit(maxsplit=1)
'abc'.split(maxsplit='a')
''.split()
''.split(',')
'ééxéé'.split('x')
' é b '.split()
'a\r\nb\rc\x1cd\x85e\u2028f\n'.splitlines()
'a\r\nb\rc\x1cd'.splitlines(True)
'a\nb'.splitlines(keepends=True)
''.splitlines()
'abc'.splitlines('a')
','.join(['a', 'b', 'c'])
''.join([])
'-'.join('abc')
'-'.join(['a', 2])
'-'.join(1)
'é'.join(['a', 'ü'])
'  x  '.strip()
'xxhixx'.strip('x')
'xyhiyx'.strip('xy')
'  x  '.lstrip()
'  x  '.rstrip()
'éaé'.strip('é')
'abc'.strip(1)
'abc'.strip('a', 'b')
'abc'.find('c')
'abc'.find('z')
'abcabc'.rfind('b')
'abc'.find('', 3)
'abc'.find('', 4)
'abc'.rfind('', 1)
'abcabc'.find('b', 2)
'abcabc'.find('b', -2)
'abcabc'.find('b', 2, 4)
'abcabc'.find('b', None, None)
'héllo'.find('l')
'héllo'.rfind('l', 0, 4)
'héllo wörld'.find('wö')
'abc'.find(1)
'abc'.find()
'abc'.find('a', 'b')
'abc'.find('a', 1.5)
'abc'.find('a', start=1)
'abc'.index('z')
'abc'.rindex('z')
'abcabc'.index('c')
'abcabc'.rindex('c')
'aaa'.count('a')
'aaa'.count('aa')
'aaa'.count('')
'abc'.count('', 10)
'ééé'.count('é', 1)
'abc'.count()
'abc'.startswith('ab')
'abc'.startswith(('x', 'a'))
'abc'.startswith('b', 1)
'abc'.endswith('c', 0, 2)
'abc'.endswith('bc')
'abc'.startswith('', 3)
'abc'.startswith('', 4)
'abc'.startswith(1)
'abc'.startswith((1,))
'héllo'.endswith('lo')
'abc'.partition('b')
'abc'.partition('x')
'abc'.rpartition('x')
'a b c'.rpartition(' ')
'abc'.partition('')
'abc'.partition(1)
'abc'.replace('b', 'XX')
'aaa'.replace('a', 'b', 2)
'aaa'.replace('', '-')
'aaa'.replace('', '-', 2)
'abc'.replace('x', 'y')
'héllo'.replace('l', 'L')
'abc'.replace(1, 'a')
'abc'.replace('a', 1)
'abc'.replace('a')
'abc'.replace('a', 'b', 'c')
'abc'.removeprefix('ab')
'abc'.removesuffix('bc')
'abc'.removeprefix('x')
'abc'.removeprefix(1)
# --- str: case, predicates, padding ---------------------------------------
'Hello World'.lower()
'Hello World'.upper()
'Hello World'.swapcase()
'hello world'.title()
"they're bill's".title()
'hELLO'.capitalize()
'ß'.upper()
'ﬁ'.upper()
'ǆ'.title()
'ǆa'.capitalize()
'ΣA'.lower()
'AΣ'.lower()
'AΣ b'.lower()
'ΣΣ'.lower()
'Σ'.lower()
'aΣ.'.lower()
'a.Σ'.lower()
'a\u0345Σ'.lower()
'İ'.lower()
'ßÀ'.swapcase()
'aBΣ'.swapcase()
'ß'.casefold()
'ÀB'.casefold()
'éa'.title()
'abc'.upper(1)
'123'.isdigit()
'12a'.isdigit()
''.isdigit()
'²'.isdigit()
'½'.isnumeric()
'½'.isdigit()
'٣'.isdecimal()
'abc'.isalpha()
'abé'.isalpha()
'ab1'.isalnum()
' \t\n'.isspace()
'\x1c'.isspace()
''.isspace()
'ABC1'.isupper()
'abc1'.islower()
'1'.islower()
'ǅ'.isupper()
'Ab'.istitle()
'A b'.istitle()
'Ab Cd'.istitle()
'AB'.istitle()
''.isascii()
'é'.isascii()
''.isprintable()
'\n'.isprintable()
'a b'.isprintable()
'_a1'.isidentifier()
'1a'.isidentifier()
''.isidentifier()
'été'.isidentifier()
'abc'.center(6, '*')
'abc'.center(8, '*')
'ab'.center(5, '*')
'a'.center(4)
'abc'.center(2)
'é'.center(3, 'ü')
'abc'.ljust(5, '-')
'abc'.rjust(5)
'abc'.center(5, 1)
'abc'.center(5, 'ab')
'abc'.center('a')
'abc'.center()
'-42'.zfill(6)
'+'.zfill(3)
'42'.zfill(1)
'abc'.zfill('a')
'a\tb\n\tc'.expandtabs(4)
'a\tb'.expandtabs()
'é\tb'.expandtabs(4)
'a\tb'.expandtabs(0)
'abc'.expandtabs('a')
# --- str: translate, encode, slicing, iteration ---------------------------
'abc'.translate({97: 'x', 98: None, 99: 100})
'abc'.translate(str.maketrans('ab', 'xy', 'c'))
'x'.translate({120: 1.5})
'x'.translate({120: 1114112})
'abc'.translate([])
str.maketrans({'a': 'b', 3: None})
str.maketrans('ab', 'a')
str.maketrans({'ab': 1})
str.maketrans({1.5: 1})
str.maketrans(1)
str.maketrans()
'abc'.encode()
'aé€\U0001f600'.encode()
'aé€\U0001f600'.encode('ascii', 'replace')
'aé€\U0001f600'.encode('ascii', 'ignore')
'aé€\U0001f600'.encode('latin-1', 'replace')
'aé€\U0001f600'.encode('ascii', 'backslashreplace')
'aé€\U0001f600'.encode('ascii', 'xmlcharrefreplace')
'é'.encode('ascii')
'éé'.encode('ascii')
'aéé'.encode('latin-1')
'€'.encode('latin-1')
'\ud800'.encode()
'a\udcffb'.encode('utf-8', 'surrogateescape')
'\ud800'.encode('utf-8', 'surrogatepass')
'é'.encode('UTF8')
'é'.encode('Latin_1')
'a'.encode('us-ascii')
'a'.encode('foo')
'é'.encode('ascii', 'foo')
'a'.encode('ascii', 'foo')
'a'.encode(1)
'abc'.encode(errors='ignore')
'hello'[1:4]
'hello'[::-1]
'hello'[::2]
'hello'[-2:]
'héllo'[1:4]
'héllo'[::-1]
'héllo'[::2]
'héllo'[1]
'héllo'[-1]
'hello'[1:2:0]
'hello'['a']
'hello'[10]
list('héllo')
list('ab')
type(iter('a')).__name__
type(iter('é')).__name__
# --- str.format ----------------------------------------------------------
'{} {}'.format(1, 'a')
'{0} {1} {0}'.format('x', 'y')
'{a} {b}'.format(a=1, b=2)
'{} {}'.format(1)
'{0} {}'.format(1, 2)
'{} {0}'.format(1, 2)
'{'.format()
'}'.format()
'{{}}'.format()
'a{{b}}c'.format()
'{0!r}'.format('a')
'{0!s}'.format('a')
'{!a}'.format('é')
'{0!x}'.format(1)
'{0!}'.format(1)
'{0!rr}'.format(1)
'{0!r:>5}'.format('a')
'{:>5}'.format('ab')
'{:{}}'.format('x', 4)
'{:{}{}}'.format(1, '>', 5)
'{:{:{}}}'.format(1, 2, 3)
'{0.real}'.format(5)
'{a.imag}'.format(a=3)
'{0[1]}'.format([5, 6])
'{0[a]}'.format({'a': 7})
'{0[-1]}'.format({'-1': 5})
'{0[0][1]}'.format([[1, 2]])
'{0[0].real}'.format([5])
'{0[1}'.format([1])
'{0.}'.format(1)
'{0[]}'.format(1)
'{x}'.format()
'{0.foo}'.format(1)
'{0]}'.format(1)
'{0[0]x}'.format([1])
'{0:}'.format()
'{0:{1'.format()
'{1'.format()
'{0!r'.format(1)
'{0!'.format(1)
'{99999999999999999999}'.format(1)
'{00}'.format(1)
'{ }'.format(1)
'{:d}'.format('x')
'{:5}|{:<5}|{:^5}'.format('a', 'b', 'c')
'{:,}'.format(1234567)
'{:.2f}'.format(3.14159)
'{0:>{1}}'.format('x', 3)
'{name}-{0}'.format(1, name='n')
'{a}'.format_map({'a': 1})
'{}'.format_map({})
'{a}'.format_map(1)
'abc'.format_map(1)
'é{}é'.format('ü')
# --- bytes and bytearray --------------------------------------------------
b'abc'
b'\x00\x1f\x7f\x80\xff\'"\\\t\n\r'
b"'"
b'"'
b'\'"'
bytearray(b'a')
bytearray()
bytearray(b"'")
bytes(3)
bytes([1, 2, 255])
bytes([1, 300])
bytes(['a'])
bytes(1.5)
bytes('abc')
bytes('é', 'utf-8')
bytes(1, 'utf-8')
bytes(-1)
bytes(b'xy')
bytes(bytearray(b'xy'))
bytes(x=1)
bytes.fromhex('0a 0b ff')
bytes.fromhex('0g')
bytes.fromhex('0')
bytearray.fromhex('41')
b'abc'.hex()
b'abc'.hex(':')
b'abcdef'.hex(':', 2)
b'abcdef'.hex(':', -2)
b'abcde'.hex('-', 2)
b'abc'.hex('::')
b'abc'[1]
b'abc'[-1]
b'abc'[1:]
b'abc'[::-1]
b'abc'[5]
b'abc'['a']
bytearray(b'abc')[5]
bytearray(b'abc')[1:]
97 in b'abc'
300 in b'abc'
'a' in b'abc'
b'bc' in b'abc'
b'' in b'abc'
list(b'ab')
list(bytearray(b'ab'))
b'a' + b'b'
b'a' + bytearray(b'b')
bytearray(b'a') + b'b'
b'a' + 'b'
b'ab' * 3
bytearray(b'ab') * 2
b'ab' * 1.5
b'abc' == bytearray(b'abc')
bytearray(b'abc') == b'abc'
b'abc' == 'abc'
b'abc' < b'abd'
b'a' < b'ab'
hash(b'abc') == hash('abc')
hash(bytearray(b'a'))
b'abc'.decode()
b'\xc3\xa9'.decode()
b'\xff'.decode()
b'\xe2\x28\xa1'.decode('utf-8', 'replace')
b'\xe2\x82'.decode()
b'a\xe2\x82'.decode('utf-8', 'replace')
b'\xed\xa0\x80'.decode()
b'\xf0\x80\x80\x80'.decode()
b'\xf4\x90\x80\x80'.decode()
b'\xc0\x80'.decode()
b'\xf0\x9f\x98'.decode()
b'\xf0\x9f\x28'.decode()
b'\xe9'.decode('ascii')
b'\xe9'.decode('latin-1')
b'\xe9\xff'.decode('ascii', 'backslashreplace')
b'\xe9\xff'.decode('utf-8', 'surrogateescape')
b'\xe9'.decode('ascii', 'ignore')
b'a\xe9b'.decode('ascii', 'replace')
b'a'.decode(encoding='x')
b'abc'.find(b'c')
b'abc'.find(99)
b'abc'.find('a')
b'abc'.find(300)
b'abc'.index(b'z')
b'abcabc'.rfind(b'b')
b'abcabc'.count(b'b')
b'abc'.count(b'')
b'abc'.startswith(b'ab')
b'abc'.startswith((b'x', b'a'))
b'abc'.startswith('a')
b'abc'.endswith(b'bc', 0, 3)
b'a b\tc\n'.split()
b'a,b'.split(b',')
b'a,b,c'.rsplit(b',', 1)
b'a\x1cb'.split()
b'abc'.split(b'')
b'abc'.split('a')
b'  a  '.strip()
b'xxaxx'.strip(b'x')
b'abc'.strip('a')
b'-'.join([b'a', bytearray(b'b')])
b'-'.join(['a'])
bytearray(b'-').join([b'a', b'b'])
b'abc'.replace(b'b', b'XY')
b'abc'.replace(b'', b'-')
b'abc'.upper()
b'ABC'.lower()
b'Abc'.swapcase()
b'hello world'.title()
b'abc'.capitalize()
b'ab1'.isalnum()
b''.isalpha()
b'12'.isdigit()
b' \t'.isspace()
b'AB1'.isupper()
b'ab1'.islower()
b'abc'.partition(b'b')
bytearray(b'abc').partition(b'b')
bytearray(b'abc').split(b'b')
b'abc'.rpartition(b'x')
b'abc'.center(7, b'*')
b'abc'.center(7, '*')
b'abc'.ljust(5)
b'abc'.rjust(5, b'0')
b'-5'.zfill(4)
b'a\r\nb\rc'.splitlines()
b'a\r\nb'.splitlines(True)
b'abc'.removeprefix(b'a')
b'abc'.removesuffix(b'c')
b'abc'.translate(None, b'b')
b'abc'.translate(bytes.maketrans(b'ab', b'xy'))
b'abc'.translate(b'x')
b'abc'.isascii()
type(iter(b'')).__name__
type(iter(bytearray())).__name__
b = bytearray(b'abc') ;; b.append(100) ;; b
b = bytearray(b'abc') ;; b.append(300)
b = bytearray(b'abc') ;; b.append('a')
b = bytearray(b'abc') ;; b.extend([1, 2]) ;; b.extend(b'xy') ;; b
b = bytearray(b'abc') ;; b.extend(1)
b = bytearray(b'abc') ;; b.extend('ab')
b = bytearray(b'abc') ;; b.pop() ;; b.pop(0) ;; b
b = bytearray() ;; b.pop()
b = bytearray(b'a') ;; b.pop(5)
b = bytearray(b'abc') ;; b.insert(1, 65) ;; b.insert(-100, 66) ;; b.insert(100, 67) ;; b
b = bytearray(b'abc') ;; b.remove(98) ;; b
b = bytearray(b'abc') ;; b.remove(120)
b = bytearray(b'abc') ;; b.reverse() ;; b
b = bytearray(b'abc') ;; b.clear() ;; b
b = bytearray(b'abc') ;; c = b.copy() ;; c.append(1) ;; b
b = bytearray(b'abc') ;; b[0] = 65 ;; b
b = bytearray(b'abc') ;; b[0] = 300
b = bytearray(b'abc') ;; b[0] = 'a'
b = bytearray(b'abc') ;; b[9] = 1
b = bytearray(b'abc') ;; b['x'] = 1
b = bytearray(b'abcd') ;; b[1:3] = b'XYZ' ;; b
b = bytearray(b'abcd') ;; b[1:3] = [65, 66, 67] ;; b
b = bytearray(b'abcd') ;; b[::2] = b'xy' ;; b
b = bytearray(b'abcd') ;; b[::2] = b'xyz'
b = bytearray(b'abcd') ;; b[0:1] = 5
b = bytearray(b'abcd') ;; b[0:1] = 'ab'
b = bytearray(b'abcd') ;; b[5:] = b'z' ;; b
b = bytearray(b'abcd') ;; b[:] = b ;; b
b = bytearray(b'abcd') ;; del b[0] ;; b
b = bytearray(b'abcd') ;; del b[::2] ;; b
b = bytearray(b'abcd') ;; del b[1:3] ;; b
b = bytearray(b'abcd') ;; del b[9]
b = bytearray(b'ab') ;; b += b'cd' ;; b *= 2 ;; b
b = bytearray(b'ab') ;; b += 'cd'
bytearray(5)
bytearray('ab')
bytearray('ab', 'ascii')
bytearray([300])
bytearray(range(3))
# --- memoryview ----------------------------------------------------------
memoryview(b'abc')[1]
memoryview(b'abc')[::2].tobytes()
memoryview(b'abc')[1:].tolist()
len(memoryview(b'abc')[::2])
memoryview(b'abc').readonly
memoryview(bytearray(b'abc')).readonly
memoryview('abc')
memoryview(b'ab') == b'ab'
memoryview(b'ab') == b'ac'
memoryview(b'abc')[5]
bytes(memoryview(b'abc')[::-1])
bytes(memoryview(b'abc')[1:])
memoryview(b'ab').hex()
hash(memoryview(b'ab')) == hash(b'ab')
hash(memoryview(bytearray(b'ab')))
memoryview(b'ab').nbytes
memoryview(b'ab').format
memoryview(b'ab').itemsize
b = bytearray(b'abc') ;; m = memoryview(b) ;; m[0] = 65 ;; b
b = bytearray(b'abcd') ;; m = memoryview(b) ;; m[1:3] = b'XY' ;; b
b = bytearray(b'abc') ;; m = memoryview(b) ;; m[0] = 300
m = memoryview(b'abc') ;; m[0] = 65
b = bytearray(b'abc') ;; m = memoryview(b) ;; m[0:2] = b'x'
list(memoryview(b'ab'))
m = memoryview(b'abc') ;; m.release() ;; len(m)
b'x' + memoryview(b'yz')
# --- range ---------------------------------------------------------------
range(5)
range(1, 5)
range(0, 10, 2)
range(0, -10, -3)
list(range(5))
list(range(10, 0, -3))
list(range(0))
len(range(0, 10, 3))
len(range(10, 0))
len(range(2 ** 64))
range(2 ** 64)[2 ** 63]
range(2 ** 100, 2 ** 100 + 5)[-1]
list(range(2 ** 62 - 2, 2 ** 62 + 2))
bool(range(2 ** 100))
bool(range(0))
range(10)[3]
range(10)[-1]
range(10)[10]
range(10)['a']
range(10)[1.5]
range(0, 10, 3)[::-1]
range(0, 10, 3)[1:100:2]
range(10)[1.5:]
range(10)[::0]
range(10)[2:8:3]
range(10)[-100:100]
list(range(10)[::-2])
3 in range(10)
10 in range(10)
-1 in range(0, -10, -1)
4 in range(0, 10, 2)
5 in range(0, 10, 2)
True in range(3)
3.0 in range(10)
'a' in range(10)
2 ** 70 in range(2 ** 71)
range(0, 10, 2) == range(0, 9, 2)
range(0) == range(5, 1)
range(1) == range(1, 2, 7)
range(1, 3) == range(1, 4)
range(10) < range(11)
range(10) == [0]
hash(range(0, 3)) == hash((3, 0, 1))
hash(range(1, 2)) == hash((1, 1, None))
range(10).index(3)
range(10).index(10)
range(10).index('a')
range(10).index(3.0)
range(10).count(3)
range(10).count(1.0)
range(5).count(True)
range(1, 10, 2).start
range(1, 10, 2).stop
range(1, 10, 2).step
range(3).start
range()
range(1, 2, 3, 4)
range(1.5)
range(1, 2, 0)
range(x=1)
list(reversed(range(5)))
list(reversed(range(1, 10, 3)))
list(reversed(range(0)))
type(iter(range(3))).__name__
type(iter(range(2 ** 70))).__name__
type(reversed(range(3))).__name__
list(reversed(range(2 ** 70, 2 ** 70 + 3)))
# --- tuple methods --------------------------------------------------------
(1, 2, 1).count(1)
(1, 2).count()
(1, 2).index(2)
(1, 2).index(3)
(1, 2).index()
(1, 2, 1).index(1, 1)
(1, 2, 1).index(1, -1)
(1, 2).index(1, None)
(1, 2).index(1, x=2)
(1, 2, 3).index(3, 0, 2)
# --- iteration builtins ---------------------------------------------------
list(enumerate('ab'))
list(enumerate('ab', 5))
list(enumerate('ab', start=-1))
list(enumerate('ab', start=2 ** 64))
enumerate()
enumerate([], 1, 2)
enumerate([], 'a')
enumerate(x=[])
list(enumerate(iterable='a'))
list(zip('ab', [1, 2, 3]))
list(zip())
list(zip('a'))
list(zip([1, 2], [3], strict=True))
list(zip([1], [3, 4], strict=True))
list(zip([1, 2], [3, 4], [5], strict=True))
list(zip([1], [2], [3, 4], strict=True))
list(zip([1], [2], strict=True))
zip(1)
zip(x=1)
list(map(str, [1, 2]))
list(map(pow, [2, 3], [5, 2]))
list(map(len, ['a', 'bb'], [1]))
map(len)
map(len, [1], x=1)
list(filter(None, [0, 1, '', 'a', None, []]))
list(filter(bool, [0, 1]))
list(filter(len, ['', 'a']))
filter(None)
filter(None, [1], x=1)
list(reversed([1, 2, 3]))
list(reversed('abc'))
list(reversed((1, 2)))
list(reversed(b'ab'))
reversed({1})
reversed(1)
reversed()
reversed([], 1)
type(reversed('ab')).__name__
list(iter([1, 2]))
iter()
iter(1, 2)
iter(1)
iter([], 1, 2)
it = iter([1, 2]) ;; next(it) ;; next(it) ;; next(it, 'end')
next([])
next(iter([]))
next()
sorted([3, 1, 2])
sorted('cba')
sorted([3, 1, 2], reverse=True)
sorted(['bb', 'a', 'ccc'], key=len)
sorted(['bb', 'a', 'ccc'], key=len, reverse=1)
sorted([3, 1], key=None)
sorted([3, 1], x=1)
sorted()
sorted([1], None)
sorted([1, 'a'])
sorted({3: 1, 1: 2})
min([3, 1, 2])
max([3, 1, 2])
min(3, 1, 2)
max('abc')
max([1, 3, 2], key=neg)
min([], default=5)
min([])
max(())
min()
min(1)
min(1, 2, default=3)
min([1], x=1)
max(1, 2, key=None)
max([1, 'a'])
min([(1, 'b'), (1, 'a')])
max([1, 1.0])
min([1.0, 1])
sum([1, 2, 3])
sum([1, 2], 10)
sum([1, 2], start=10)
sum([1, 2.5, 3])
sum([0.1] * 10)
sum([[1], [2]], [])
sum([2 ** 70, 1.5])
sum([2 ** 62, 2 ** 62])
sum([True, True])
sum([1.5, True])
sum([])
sum(['a'], 'b')
sum([b'a'], b'b')
sum([1], bytearray())
sum([1], 2, 3)
sum()
sum([1, 'a'])
sum(range(101))
any([0, 1])
any([])
all([])
all([1, 0])
any(1)
all([1], x=1)
any(x=1)
# --- more mixed cases ---------------------------------------------------
'-'.join(map(str, [1, 2]))
'a\xa0b\u2003c'.split()
'ǅ'.istitle()
str.maketrans('abc', 'xyz')
'{0:^7.2f}|{1:>4}|{2!r:<6}'.format(2.5, 'ab', 'c')
'{:x} {:o} {:b} {:e}'.format(255, 8, 5, 1234.5)
sorted({3: 'c', 1: 'a'}.items())
min('')
max([], default=None)
zip([1], 1)
list(enumerate({1: 2, 3: 4}))
list(reversed({1: 2, 3: 4}.keys()))
l = [1] ;; d = {'l': l} ;; l.append(d) ;; d
d = {} ;; d['self'] = d ;; d.items()
d = {} ;; d['self'] = d ;; d.values()
d = {'a': 1, 'b': 2} ;; d == dict(b=2, a=1)
{1: [1, 2]} == {1: [1, 2]}
{1: 2} == {1: 2.0}
{1: 2}.get([])
dict.fromkeys(range(3), [])
dict(zip('abc', range(3)))
d = dict.fromkeys(range(20)) ;; list(d)[-3:]
s = set(range(50)) ;; s.difference_update(range(0, 50, 2)) ;; s
s = set(range(50)) ;; s -= set(range(0, 50, 3)) ;; sorted(s)[:6]
set(range(10)) ^ set(range(5, 15))
frozenset(range(5)) & {3, 4, 5}
{1, 2} | frozenset({3})
{(1, 'a'), (2, 'b')} == {(2, 'b'), (1, 'a')}
s = {1, 2, 3} ;; s.pop() ;; s.add(1) ;; s
{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
{100, 200, 300}
{-5, -10, 0, 5}
{0.5, 1.5, 2.5, 3.5}
{1, 1.0, True}
frozenset({1, 2, 3}) == {3, 2, 1}
hash(frozenset({1, 2})) == hash(frozenset({2, 1}))
'abc' * 0
'ab' * -1
'é' * 3
'abc'[::-1][1:]
'a,b,c'.split(',', -1)
'x'.center(0)
'abc'.find('c', -1)
'abc'.rfind('a', -1)
'aaaa'.replace('aa', 'b')
'a b'.title().swapcase()
'MiXeD'.casefold()
'ﬃ'.casefold()
'ß'.title()
'ΐ'.upper()
'ǰ'.upper()
'Ǉ'.lower()
'ǈ'.istitle()
'AbC'.isupper()
'\u2160'.isupper()
'\u2170'.islower()
' '.join(['é', 'ß', '€'])
'x'.join('')
'hello'.count('l', 0, 3)
'hello'.index('l', 3)
'hello'.endswith(('lo', 'x'))
'hello'.endswith(())
'tab\there'.expandtabs(1)
'a\r\n\r\nb'.splitlines()
'\n'.splitlines(True)
'abc'.partition('abc')
b'abc'.partition(b'abc')
b'ab'.hex(sep=' ')
b'\x00\xff'.hex()
bytes(range(5))
bytes(memoryview(bytearray(b'xyz')))
bytearray(b'abc').upper()
bytearray(b'abc').replace(b'a', b'')
bytearray(b'  x ').strip()
bytearray(b'a,b').split(b',')
b'a' in bytearray(b'abc')
98 in bytearray(b'abc')
b'%' + b'd'
b'abc'.decode('ascii')
b'abc'.decode(errors='strict')
len(bytearray(10))
bytearray(b'abc') == bytearray(b'abc')
bytearray(b'abc') != b'abd'
bytearray(b'b') > b'a'
range(5)[1:3]
range(5)[::-1][::-1]
range(0, 100, 7)[3:9:2]
list(range(-5, 5, 3))
range(3) == range(0, 3, 1)
range(10)[-3]
range(10).index(9)
len(range(-10, 10, 7))
sum(range(10), 0.5)
sum([0.1, 0.2, 0.3])
sum([1e100, 1.0, -1e100])
sum([[1, 2], [3]], [0])
max(range(5), key=neg)
min((1, 2), (1, 1))
sorted(range(5), key=neg)
sorted([(2, 'a'), (1, 'b'), (2, 'c'), (1, 'a')])
sorted(['b', 'A', 'a'], key=str.lower)
any(range(0))
all(range(1, 3))
list(filter(None, range(4)))
list(map(neg, range(3)))
list(zip(range(3), 'ab', [None, True, False]))
next(zip())
next(enumerate([]), 'done')
list(zip((1, 3), (2, 4)))
""".strip().split("\n")


def run(case):
    parts = case.split(" ;; ")
    env = {"neg": lambda x: -x}
    try:
        for stmt in parts[:-1]:
            exec(stmt, env)
        try:
            code = compile(parts[-1], "<case>", "eval")
        except SyntaxError:
            # A statement last (x[k] = v, del x[k], x |= y): its value is None.
            exec(parts[-1], env)
            return repr(None)
        return repr(eval(code, env))
    except Exception as e:  # noqa: BLE001 - every error is an expectation
        return "!" + type(e).__name__ + ": " + str(e)


def main():
    # Cases like 'abc'['a'] make the compiler warn; the error is the point.
    warnings.simplefilter("ignore")
    out = sys.argv[1]
    lines = []
    for case in CASES:
        if not case or case.startswith("#"):
            continue
        expected = run(case)
        assert "\t" not in case and "\n" not in expected, case
        lines.append(case + "\t" + expected)
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()

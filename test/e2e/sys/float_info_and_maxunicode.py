# sys.float_info (a struct sequence describing IEEE doubles, the same on
# every target) and sys.maxunicode.
import sys
fi = sys.float_info
print(fi)
print(fi.epsilon, fi.max, fi.min, fi.dig, fi.mant_dig, fi.max_exp, fi.radix, fi.rounds)
print(len(fi), fi[0] == fi.max, isinstance(fi, tuple), 1.0 + fi.epsilon > 1.0, 1.0 + fi.epsilon / 2 == 1.0)
print(fi.max * 2, sys.maxunicode, chr(sys.maxunicode) != "", tuple(fi)[6:8])

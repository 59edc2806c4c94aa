# re: long subjects: greedy .* before a literal, long repeats, many matches, no deep recursion or blowup
import re

s = "x" * 10000 + "END"
print(re.match(r".*END", s).span(), re.match(r".*?END", s).span(), re.search(r"END$", s).span())
print(re.fullmatch(r"x+END", s) is not None, re.fullmatch(r"(?:x|y)+END", s) is not None)
print(re.search(r"(x+)(E)", s).span(2), re.match(r"(?:xx)*", s).end())
print(re.match(r"(x*)*END", s).span(), re.match(r"(?s)(.*)(.*)", s).span(2))
print(re.search(r"a.*b", "a" + "c" * 5000), re.search(r"\d+\.\d+", "v" * 5000 + " 3.14").group())
words = "lorem ipsum dolor sit amet " * 400
print(len(re.findall(r"\w+", words)), len(re.split(r"\s+", words)), re.subn(r"o", "0", words)[1])
print(len(re.sub(r"(\w+) (\w+)", r"\2 \1", words)), re.search(r"(amet )+$", words).start())
lines = "\n".join("row %d: value=%d" % (i, i * i) for i in range(1000))
print(sum(int(v) for v in re.findall(r"(?m)^row \d+: value=(\d+)$", lines)))
print(re.search(r"row 999: value=(\d+)", lines).group(1), len(re.findall(r"(?m)^", lines)))
nested = "(" * 300 + ")" * 300
print(re.fullmatch(r"\(+\)+", nested) is not None, re.match(r"(\()*", nested).span(1))
print(re.match(r"(a|b)*c", "ab" * 2000 + "c").span(), re.match(r"(?:ab)+?c", "ab" * 2000 + "c").span())
print(re.search(r"(\w)\1{3,}", "abcd" * 1000 + "eeeee").span())

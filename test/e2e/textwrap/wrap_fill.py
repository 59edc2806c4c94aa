# textwrap: wrap/fill/shorten with the TextWrapper options, hyphen and em-dash splitting, errors
import textwrap
from textwrap import TextWrapper

text = ("The quick brown fox jumps over the lazy dog. State-of-the-art "
        "e-mail filters--as everyone knows--are well-known; 3-4 times a day. "
        "Supercalifragilisticexpialidocious words get broken.")
for width in (10, 15, 25, 40, 70):
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 30))
print(textwrap.fill(text, 30, initial_indent="- ", subsequent_indent="  "))
print(textwrap.wrap(text, 12, break_on_hyphens=False))
print(textwrap.wrap(text, 12, break_long_words=False))
print(textwrap.wrap("  leading and   inner   spaces  ", 10))
print(textwrap.wrap("  leading and   inner   spaces  ", 10, drop_whitespace=False))
print(textwrap.wrap("tabs\there\tand\nnewlines\nhere", 12))
print(textwrap.wrap("tabs\there", 40, expand_tabs=False, replace_whitespace=False))
print(textwrap.wrap("a\tb\tc", 40, tabsize=4))
print(textwrap.wrap("Mr. Smith went home. He said 'hi.' Then he left!  Done?", 80,
                    fix_sentence_endings=True))
print(textwrap.wrap(text, 20, max_lines=3))
print(textwrap.wrap(text, 20, max_lines=2, placeholder=" ..."))
print(textwrap.wrap("short text", 20, max_lines=1))
print(textwrap.wrap("", 10), textwrap.wrap("    ", 10), repr(textwrap.fill("")))

print(textwrap.shorten("Hello  world!", width=12))
print(textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten("Hello world", width=10, placeholder="..."))
print(textwrap.shorten("  lots   of\n\twhitespace   here  ", 15))

w = TextWrapper(width=18, initial_indent="* ", subsequent_indent="  ")
print(w.wrap(text))
w.width = 30
w.break_on_hyphens = False
print(w.fill("state-of-the-art e-mail co-operation re-entry"))
print(w.width, w.initial_indent, w.max_lines, repr(w.placeholder), w.tabsize)

splitter = TextWrapper()
for s in ["Hello there, how-are you--today?", "well--ok a--b -- x ---y",
          "e-mail state-of-the-art 3-4 a-b-c-d", "x--y!--z -a- ab--"]:
    print(splitter._split(s))

for kw in [{"width": 0}, {"width": -5}, {"width": 5, "max_lines": 1, "placeholder": " [......]"}]:
    try:
        textwrap.wrap("some words here", **kw)
    except ValueError as e:
        print(type(e).__name__, e)

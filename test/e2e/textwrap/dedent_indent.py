# textwrap: dedent and indent, including blank lines, tabs and predicates
import textwrap

def show(s):
    print(repr(s))

show(textwrap.dedent("""\
    def f():
        return 1

    print(f())
"""))
show(textwrap.dedent("  a\n    b\n  c"))
show(textwrap.dedent("  a\n\tb"))
show(textwrap.dedent("\ta\n\t\tb\n\t"))
show(textwrap.dedent("   \n  x\n      \n  y\n"))
show(textwrap.dedent("no indent\n  here"))
show(textwrap.dedent("  \t mixed\n  \t  more"))
show(textwrap.dedent(""))
show(textwrap.dedent("    only\r\n    crlf\r\n"))

show(textwrap.indent("one\ntwo\n\nthree\n", "> "))
show(textwrap.indent("one\r\ntwo\rthree", "# "))
show(textwrap.indent("a\n  \nb", "+"))
show(textwrap.indent("a\n  \nb", "+", lambda line: True))
show(textwrap.indent("short\nlonger line\n", "  ", lambda line: len(line) > 6))

# a help-text formatter
options = [("-h, --help", "show this help message and exit"),
           ("-v, --verbose", "print progress messages while running, and more details when given twice"),
           ("--output FILE", "write the result to FILE instead of standard output")]
for flag, helptext in options:
    lines = textwrap.wrap(helptext, 40)
    print("  %-16s%s" % (flag, lines[0]))
    for line in lines[1:]:
        print(" " * 18 + line)
print(textwrap.indent(textwrap.fill("A paragraph that is quoted in a reply to an email message.", 30), "> "))

# textwrap: wrapping and filling text (adder's standard library, written for
# adder; behaves as CPython 3.11's textwrap). adder has no `re`, so the
# splitting of text into words, spaces and hyphenated parts is a
# hand-written scanner that gives the same chunks as CPython's patterns.

__all__ = ["TextWrapper", "wrap", "fill", "dedent", "indent", "shorten"]

# Only these count as whitespace (not the Unicode spaces).
_WS = "\t\n\x0b\x0c\r "


def _is_w(c):
    return c.isalnum() or c == "_"


def _is_letter(c):
    # A word character that is not a digit.
    return (c.isalnum() or c == "_") and not c.isdecimal()


def _is_wp(c):
    # Characters after which a run of dashes is an em-dash.
    return c.isalnum() or c in "_!\"'&.,?"


def _dash_run(text, i, n):
    j = i
    while j < n and text[j] == "-":
        j += 1
    return j - i


def _emdash_at(text, i, n):
    # text[i:] starts with two or more dashes followed by a word character.
    d = _dash_run(text, i, n)
    return d >= 2 and i + d < n and _is_w(text[i + d])


def _hyphen_break(text, h, n):
    # May a line break follow the hyphen at text[h]? Only inside a word,
    # between letters: "state-of-the-art" breaks, "3-4" and "x-" do not.
    if h >= 2 and _is_letter(text[h - 2]) and _is_letter(text[h - 1]):
        pass
    elif h >= 3 and _is_letter(text[h - 3]) and text[h - 2] == "-" \
            and _is_letter(text[h - 1]):
        pass
    else:
        return False
    if h + 2 >= n or not _is_letter(text[h + 1]):
        return False
    if _is_letter(text[h + 2]):
        return True
    return text[h + 2] == "-" and h + 3 < n and _is_letter(text[h + 3])


def _split(text, hyphens):
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        j = i + 1
        if text[i] in _WS:
            while j < n and text[j] in _WS:
                j += 1
        elif not hyphens:
            while j < n and text[j] not in _WS:
                j += 1
        elif text[i] == "-" and i > 0 and _is_wp(text[i - 1]) \
                and _emdash_at(text, i, n):
            j = i + _dash_run(text, i, n)
        else:
            # The shortest word that ends before whitespace, after a
            # breakable hyphen or before an em-dash.
            while True:
                if j < n and text[j] == "-" and _hyphen_break(text, j, n):
                    j += 1
                    break
                if j == n or text[j] in _WS:
                    break
                if _is_wp(text[j - 1]) and _emdash_at(text, j, n):
                    break
                j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


class TextWrapper:
    """Object for wrapping/filling text."""

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8,
                 *, max_lines=None, placeholder=" [...]"):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            for c in _WS:
                if c != " ":
                    text = text.replace(c, " ")
        return text

    def _split(self, text):
        return _split(text, self.break_on_hyphens)

    def _fix_sentence_endings(self, chunks):
        # Two spaces after a chunk ending like "word." (optionally quoted).
        for i in range(len(chunks) - 1):
            c = chunks[i]
            if chunks[i + 1] != " ":
                continue
            if c[-1:] in ("\"", "'"):
                c = c[:-1]
            if len(c) >= 2 and c[-1] in ".!?" and "a" <= c[-2] <= "z":
                chunks[i + 1] = "  "

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        space_left = width - cur_len if width >= 1 else 1
        if self.break_long_words:
            chunk = reversed_chunks[-1]
            end = space_left
            if self.break_on_hyphens and len(chunk) > space_left:
                # Prefer to cut right after the last hyphen that fits,
                # unless only hyphens precede it.
                h = chunk.rfind("-", 0, space_left)
                if h > 0 and chunk[:h].strip("-"):
                    end = h + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        max_lines = self.max_lines
        placeholder = self.placeholder
        drop = self.drop_whitespace
        if max_lines is not None:
            first = self.subsequent_indent if max_lines > 1 \
                else self.initial_indent
            if len(first) + len(placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        lines = []
        chunks = chunks[::-1]   # the next chunk is at the end
        while chunks:
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            # No leading whitespace on continuation lines.
            if drop and lines and not chunks[-1].strip():
                chunks.pop()
            line = []
            size = 0
            while chunks and size + len(chunks[-1]) <= width:
                size += len(chunks[-1])
                line.append(chunks.pop())
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, line, size, width)
                size = 0
                for c in line:
                    size += len(c)
            if drop and line and not line[-1].strip():
                size -= len(line[-1])
                line.pop()
            if not line:
                continue
            rest_is_blank = not chunks or (drop and len(chunks) == 1
                                           and not chunks[0].strip())
            if max_lines is None or len(lines) + 1 < max_lines \
                    or (rest_is_blank and size <= width):
                lines.append(indent + "".join(line))
                continue
            # Last allowed line: end it with the placeholder, dropping
            # words until it fits.
            while line:
                if line[-1].strip() and size + len(placeholder) <= width:
                    line.append(placeholder)
                    lines.append(indent + "".join(line))
                    return lines
                size -= len(line[-1])
                line.pop()
            if lines:
                prev = lines[-1].rstrip()
                if len(prev) + len(placeholder) <= self.width:
                    lines[-1] = prev + placeholder
                    return lines
            lines.append(indent + placeholder.lstrip())
            return lines
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        """Reformat the single paragraph in 'text' so it fits in lines of
        no more than 'self.width' columns, and return a list of lines."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """Reformat the single paragraph in 'text' to fit in lines of no
        more than 'self.width' columns, and return a new string."""
        return "\n".join(self.wrap(text))


# The keyword arguments of wrap, fill and shorten are spelled out (CPython
# takes **kwargs): adder fails to compile module.function(...) calls of a
# function with a **kwargs parameter.

def wrap(text, width=70, *, initial_indent="", subsequent_indent="",
         expand_tabs=True, replace_whitespace=True,
         fix_sentence_endings=False, break_long_words=True,
         drop_whitespace=True, break_on_hyphens=True, tabsize=8,
         max_lines=None, placeholder=" [...]"):
    """Wrap a single paragraph of text, returning a list of wrapped lines."""
    return TextWrapper(width, initial_indent, subsequent_indent, expand_tabs,
                       replace_whitespace, fix_sentence_endings,
                       break_long_words, drop_whitespace, break_on_hyphens,
                       tabsize, max_lines=max_lines,
                       placeholder=placeholder).wrap(text)


def fill(text, width=70, *, initial_indent="", subsequent_indent="",
         expand_tabs=True, replace_whitespace=True,
         fix_sentence_endings=False, break_long_words=True,
         drop_whitespace=True, break_on_hyphens=True, tabsize=8,
         max_lines=None, placeholder=" [...]"):
    """Fill a single paragraph of text, returning a new string."""
    return "\n".join(wrap(text, width, initial_indent=initial_indent,
                          subsequent_indent=subsequent_indent,
                          expand_tabs=expand_tabs,
                          replace_whitespace=replace_whitespace,
                          fix_sentence_endings=fix_sentence_endings,
                          break_long_words=break_long_words,
                          drop_whitespace=drop_whitespace,
                          break_on_hyphens=break_on_hyphens, tabsize=tabsize,
                          max_lines=max_lines, placeholder=placeholder))


def shorten(text, width, *, initial_indent="", subsequent_indent="",
            expand_tabs=True, replace_whitespace=True,
            fix_sentence_endings=False, break_long_words=True,
            drop_whitespace=True, break_on_hyphens=True, tabsize=8,
            placeholder=" [...]"):
    """Collapse and truncate the given text to fit in the given width."""
    return "\n".join(wrap(" ".join(text.strip().split()), width,
                          initial_indent=initial_indent,
                          subsequent_indent=subsequent_indent,
                          expand_tabs=expand_tabs,
                          replace_whitespace=replace_whitespace,
                          fix_sentence_endings=fix_sentence_endings,
                          break_long_words=break_long_words,
                          drop_whitespace=drop_whitespace,
                          break_on_hyphens=break_on_hyphens, tabsize=tabsize,
                          max_lines=1, placeholder=placeholder))


def dedent(text):
    """Remove any common leading whitespace from every line in `text`."""
    lines = text.split("\n")
    margin = None
    for i in range(len(lines)):
        line = lines[i]
        body = line.lstrip(" \t")
        if not body:
            # Lines of only blanks become empty and do not count.
            lines[i] = ""
            continue
        lead = line[:len(line) - len(body)]
        if margin is None or lead.startswith(margin):
            if margin is None:
                margin = lead
        elif margin.startswith(lead):
            margin = lead
        else:
            k = 0
            while margin[k] == lead[k]:
                k += 1
            margin = margin[:k]
    if margin:
        m = len(margin)
        for i in range(len(lines)):
            if lines[i].startswith(margin):
                lines[i] = lines[i][m:]
    return "\n".join(lines)


def indent(text, prefix, predicate=None):
    """Adds 'prefix' to the beginning of selected lines in 'text'."""
    out = []
    for line in text.splitlines(True):
        if (line.strip() if predicate is None else predicate(line)):
            out.append(prefix + line)
        else:
            out.append(line)
    return "".join(out)

#!/usr/bin/env python3
"""Generates adder's Unicode tables from the running CPython's unicodedata.

adder promises CPython 3.11 behaviour, so the tables are not built from the
UCD text files but from what CPython itself answers: every property is
probed through the str method the runtime must imitate (chr(c).isalpha(),
chr(c).upper(), ...). Properties CPython only exposes indirectly are
recovered from behaviour that depends on them:

  * the title-case property: (c + 'A').isupper() is False exactly when c is
    lowercase or titlecase;
  * Cased: (c + 'a').title() keeps the 'a' lowercase exactly when c is cased;
  * Case_Ignorable: the final-sigma rule of str.lower() skips case-ignorable
    characters, so 'AΣ' + c and 'AΣ' + c + 'A' lower differently exactly
    when c is case-ignorable;
  * name aliases: CPython keeps them at private-use code points U+F0000..
    in its name database and only its C API (the unicodedata capsule) will
    name those, so it is called through ctypes.

Outputs (one per --emit, so the firmware library never waits on the name
database):

  properties      freestanding character properties and case mappings
  names           host-only character names and aliases
  normalization   host-only NFKC data
  expectations    a text file with CPython's answer for every code point,
                  read by test/unit/UnicodeTest.cpp

Code-point-indexed tables are multi-level tries of deduplicated blocks (see
Trie); the number of levels and their block sizes are searched per table for
the fewest bytes, and the generated header carries the matching lookup
function. support/unicode/UnicodeProperties.cpp is the reading side.
"""

import argparse
import codecs
import random
import sys
import unicodedata

EXPECTED_UNIDATA_VERSION = "14.0.0"
CODE_POINT_COUNT = 0x110000

HANGUL_S_BASE = 0xAC00
HANGUL_L_COUNT, HANGUL_V_COUNT, HANGUL_T_COUNT = 19, 21, 28
HANGUL_S_COUNT = HANGUL_L_COUNT * HANGUL_V_COUNT * HANGUL_T_COUNT

CJK_PREFIX = "CJK UNIFIED IDEOGRAPH-"
HANGUL_PREFIX = "HANGUL SYLLABLE "

# Bits of a freestanding property record, in emission order. The generated
# header defines them, so this list is the only place they are spelled out.
PROPERTY_BITS = [
    "XidStart", "XidContinue", "Printable", "Alpha", "Decimal", "Digit",
    "Numeric", "Space", "Upper", "Lower", "Title", "Cased", "CaseIgnorable",
]
DIGIT_SHIFT = 16
NO_DIGIT = 0xF

# Entries between two kept offsets in the name stream: a name is found by
# skipping at most NAME_BLOCK - 1 entries.
NAME_BLOCK = 32

# A case record entry at or above this value names a multi-code-point
# mapping: (len << 16) | index into ExtendedCase. Below it, it is a delta.
EXTENDED_CASE_TAG = 0x40000000


# ---------------------------------------------------------------------------
# Probing CPython
# ---------------------------------------------------------------------------

def probe_title(c):
    return not c.islower() and not (c + "A").isupper()


def probe_cased(c):
    return (c + "a").title()[-1] == "a"


def probe_case_ignorable(c):
    return ("A\u03a3" + c).lower()[1] == "\u03c2" and \
        ("A\u03a3" + c + "A").lower()[1] == "\u03c3"


def probe_line_break(c):
    return len(("a" + c + "b").splitlines()) == 2


def probe_property_flags(cp):
    """The freestanding record's flag bits for cp, as CPython answers."""
    c = chr(cp)
    bits = {
        "XidStart": c.isidentifier(),
        "XidContinue": ("a" + c).isidentifier(),
        "Printable": c.isprintable(),
        "Alpha": c.isalpha(),
        "Decimal": c.isdecimal(),
        "Digit": c.isdigit(),
        "Numeric": c.isnumeric(),
        "Space": c.isspace(),
        "Upper": c.isupper(),
        "Lower": c.islower(),
        "Title": probe_title(c),
        "Cased": probe_cased(c),
        "CaseIgnorable": probe_case_ignorable(c),
    }
    flags = 0
    for i, name in enumerate(PROPERTY_BITS):
        if bits[name]:
            flags |= 1 << i
    return flags


def check_derivations(cp):
    """Cross-checks the indirect probes against what they stand for."""
    c = chr(cp)
    title = probe_title(c)
    assert title == (unicodedata.category(c) == "Lt"), hex(cp)
    # CPython's single-character istitle() is ISTITLE || ISUPPER.
    assert c.istitle() == (title or c.isupper()), hex(cp)
    if not probe_case_ignorable(c):
        # For characters that are not case-ignorable the sigma rule shows
        # Cased directly.
        sigma = ("A\u03a3" + c).lower()[1]
        assert (sigma == "\u03c3") == probe_cased(c), hex(cp)
    digit = unicodedata.digit(c, -1)
    decimal = unicodedata.decimal(c, -1)
    assert (digit >= 0) == c.isdigit(), hex(cp)
    assert (decimal >= 0) == c.isdecimal(), hex(cp)
    assert decimal < 0 or decimal == digit, hex(cp)
    assert c.isalnum() == (c.isalpha() or c.isdecimal() or c.isdigit() or
                           c.isnumeric()), hex(cp)


def case_mappings(cp):
    c = chr(cp)
    return (c.upper(), c.lower(), c.title(), c.casefold())


# ---------------------------------------------------------------------------
# Three-level tries
# ---------------------------------------------------------------------------

def element_bytes(values):
    top = max(values) if values else 0
    low = min(values) if values else 0
    assert low >= 0
    if top < 1 << 8:
        return 1
    if top < 1 << 16:
        return 2
    return 4


def split_blocks(values, shift):
    """Cuts values into blocks of 1 << shift, deduplicated. Returns the
    block number of each block and the concatenated distinct blocks."""
    size = 1 << shift
    seen = {}
    index = []
    data = []
    for start in range(0, len(values), size):
        block = tuple(values[start:start + size])
        number = seen.get(block)
        if number is None:
            number = len(seen)
            seen[block] = number
            data.extend(block)
        index.append(number)
    return index, data


class Trie:
    """values[cp] for cp < limit through a chain of deduplicated block
    tables; every code point at or above limit reads as 0. Each level cuts
    the array below it into blocks of 1 << shift, keeps each distinct block
    once, and leaves an array of block numbers for the level above. The
    shifts are searched for the fewest bytes."""

    MAX_SPLITS = 4

    def __init__(self, values):
        limit = len(values)
        while limit and values[limit - 1] == 0:
            limit -= 1
        self.limit = limit
        self.bytes, self.shifts, self.arrays = \
            Trie.best_split(values[:limit], Trie.MAX_SPLITS)
        for cp in range(0, len(values), 101):  # spot-check the encoding
            assert self.lookup(cp) == values[cp], hex(cp)

    @staticmethod
    def best_split(values, splits):
        """(bytes, shifts bottom-up, arrays top-down) for the cheapest chain
        of at most splits levels."""
        best = (len(values) * element_bytes(values), [], [values])
        if splits == 0 or len(values) <= 16:
            return best
        for shift in range(2, 9):
            size = 1 << shift
            padded = values + [0] * (-len(values) % size)
            index, data = split_blocks(padded, shift)
            cost, shifts, arrays = Trie.best_split(index, splits - 1)
            cost += len(data) * element_bytes(data)
            if cost < best[0]:
                best = (cost, [shift] + shifts, arrays + [data])
        return best

    def lookup(self, cp):
        if cp >= self.limit:
            return 0
        total = sum(self.shifts)
        value = self.arrays[0][cp >> total]
        for shift, array in zip(reversed(self.shifts), self.arrays[1:]):
            total -= shift
            value = array[(value << shift) | ((cp >> total) &
                                              ((1 << shift) - 1))]
        return value

    def emit(self, out, name, function):
        """Emits the arrays and `function(CP)`, valid for CP < {name}Limit."""
        out.append(f"constexpr uint32_t {name}Limit = 0x{self.limit:X};")
        for level, array in enumerate(self.arrays):
            emit_array(out, f"{name}Level{level}", array)
        out.append(f"/// {name}Level{len(self.arrays) - 1} entry for CP; "
                   f"CP must be below {name}Limit.")
        out.append(f"inline unsigned {function}(uint32_t CP) {{")
        total = sum(self.shifts)
        out.append(f"  unsigned I = {name}Level0[CP >> {total}];")
        for level, shift in enumerate(reversed(self.shifts), start=1):
            total -= shift
            part = f"(CP >> {total})" if total else "CP"
            mask = (1 << shift) - 1
            expression = f"{name}Level{level}[(I << {shift}) | ({part} & 0x{mask:X})]"
            if level == len(self.shifts):
                out.append(f"  return {expression};")
            else:
                out.append(f"  I = {expression};")
        if not self.shifts:
            out.append("  return I;")
        out.append("}")


C_TYPES = {1: "uint8_t", 2: "uint16_t", 4: "uint32_t"}


def emit_array(out, name, values, ctype=None, per_line=None, fmt=None):
    if ctype is None:
        ctype = C_TYPES[element_bytes(values)]
    if fmt is None:
        fmt = (lambda v: f"0x{v:X}") if ctype == "uint32_t" else str
    texts = [fmt(v) for v in values]
    out.append(f"constexpr {ctype} {name}[] = {{")
    line = " "
    for text in texts:
        if len(line) + len(text) + 2 > 80:
            out.append(line.rstrip())
            line = " "
        line += " " + text + ","
    if line.strip():
        out.append(line.rstrip())
    out.append("};")


def header(description):
    version = sys.version.split()[0]
    return [
        f"// {description}",
        f"// Generated by support/unicode/gen_unicode_tables.py from CPython "
        f"{version}",
        f"// unicodedata (Unicode {unicodedata.unidata_version}). "
        "Do not edit; do not commit.",
        "",
    ]


# ---------------------------------------------------------------------------
# --emit properties
# ---------------------------------------------------------------------------

def encode_mapping(cp, mapped, extended, extended_index):
    if len(mapped) == 1:
        return ord(mapped) - cp
    key = tuple(ord(ch) for ch in mapped)
    index = extended_index.get(key)
    if index is None:
        index = len(extended)
        extended_index[key] = index
        extended.extend(key)
    assert len(key) <= 3 and index < 1 << 16
    return EXTENDED_CASE_TAG | (len(key) << 16) | index


def emit_properties(path):
    # Record 0 must be "no property, no digit": it is what the tries return
    # for the empty tail of the code space.
    no_digit = NO_DIGIT << DIGIT_SHIFT
    record_index = {no_digit: 0}
    records = [no_digit]
    property_values = []
    case_index = {(0, 0, 0, 0): 0}
    case_records = [(0, 0, 0, 0)]
    case_values = []
    extended = []
    extended_index = {}
    for cp in range(CODE_POINT_COUNT):
        check_derivations(cp)
        digit = unicodedata.digit(chr(cp), -1)
        record = probe_property_flags(cp)
        record |= (digit if digit >= 0 else NO_DIGIT) << DIGIT_SHIFT
        if record not in record_index:
            record_index[record] = len(records)
            records.append(record)
        property_values.append(record_index[record])

        case = tuple(encode_mapping(cp, m, extended, extended_index)
                     for m in case_mappings(cp))
        if case not in case_index:
            case_index[case] = len(case_records)
            case_records.append(case)
        case_values.append(case_index[case])

    property_trie = Trie(property_values)
    case_trie = Trie(case_values)

    out = header("Character properties and case mappings for "
                 "support/unicode/UnicodeProperties.cpp.")
    out.append("namespace adder::unicode::tables {")
    out.append("")
    out.append("// Bits of a property record.")
    for i, name in enumerate(PROPERTY_BITS):
        out.append(f"constexpr uint32_t {name}Bit = 1u << {i};")
    out.append(f"constexpr unsigned DigitShift = {DIGIT_SHIFT};")
    out.append(f"constexpr uint32_t NoDigit = 0x{NO_DIGIT:X};")
    out.append(f"constexpr uint32_t ExtendedCaseTag = 0x{EXTENDED_CASE_TAG:X};")
    out.append("")
    out.append("// Code point -> index into PropertyRecords.")
    property_trie.emit(out, "Property", "propertyIndex")
    emit_array(out, "PropertyRecords", records, "uint32_t")
    out.append("")
    out.append("// Code point -> index into CaseRecords.")
    case_trie.emit(out, "Case", "caseIndex")
    # Upper and title mappings share one pool of values, lower and casefold
    # another; each fits in 256 so a record is four bytes.
    upper_title = [0]
    lower_fold = [0]
    for rec in case_records:
        for column, pool in ((0, upper_title), (1, lower_fold),
                             (2, upper_title), (3, lower_fold)):
            if rec[column] not in pool:
                pool.append(rec[column])
    assert len(upper_title) <= 256 and len(lower_fold) <= 256
    out.append("// A case mapping value is a delta to add to the code point, or")
    out.append("// ExtendedCaseTag | length << 16 | index into ExtendedCase.")
    for name, pool in (("UpperTitleValues", upper_title),
                       ("LowerFoldValues", lower_fold)):
        emit_array(out, name, pool, "int32_t",
                   fmt=lambda v: f"0x{v:X}" if v >= EXTENDED_CASE_TAG
                   else str(v))
    out.append("// {upper, lower, title, casefold} as indexes into the pools.")
    out.append("constexpr uint8_t CaseRecords[][4] = {")
    for rec in case_records:
        fields = (upper_title.index(rec[0]), lower_fold.index(rec[1]),
                  upper_title.index(rec[2]), lower_fold.index(rec[3]))
        out.append("  {%d, %d, %d, %d}," % fields)
    out.append("};")
    ext_type = "uint16_t" if max(extended) < 1 << 16 else "uint32_t"
    emit_array(out, "ExtendedCase", extended, ext_type,
               fmt=lambda v: f"0x{v:X}")

    extended_bytes = len(extended) * (2 if ext_type == "uint16_t" else 4)
    case_bytes = (case_trie.bytes + len(case_records) * 4 +
                  (len(upper_title) + len(lower_fold)) * 4 + extended_bytes)
    property_bytes = property_trie.bytes + len(records) * 4
    total = property_bytes + case_bytes
    out.append("")
    out.append(f"// Total size of the tables above: {total} bytes "
               f"(properties {property_bytes}, case mappings {case_bytes}).")
    out.append(f"constexpr size_t TotalTableBytes = {total};")
    out.append("")
    out.append("} // namespace adder::unicode::tables")
    write(path, out)
    print(f"gen_unicode_tables: properties {total} bytes "
          f"({len(records)} property records, {len(case_records)} case "
          f"records)")


# ---------------------------------------------------------------------------
# --emit names
# ---------------------------------------------------------------------------

def name_capi():
    """CPython's own name database through the unicodedata capsule. Only it
    will name the private-use code points where aliases and named sequences
    live."""
    import ctypes
    get_pointer = ctypes.pythonapi.PyCapsule_GetPointer
    get_pointer.restype = ctypes.c_void_p
    get_pointer.argtypes = [ctypes.py_object, ctypes.c_char_p]
    api = get_pointer(unicodedata._ucnhash_CAPI, b"unicodedata._ucnhash_CAPI")
    # struct { int (*getname)(Py_UCS4, char *, int, int); int (*getcode)...}
    functions = (ctypes.c_void_p * 2).from_address(api)
    get_name = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_uint32, ctypes.c_char_p,
                                ctypes.c_int, ctypes.c_int)(functions[0])
    buffer = ctypes.create_string_buffer(256)

    def name_of(code):
        if not get_name(code, buffer, len(buffer), 1):
            return None
        return buffer.value.decode("ascii")
    return name_of


def accepted_by_escape(name):
    """Whether "\\N{name}" is a valid string literal escape, and its value."""
    try:
        return codecs.decode(b"\\N{" + name.encode("ascii") + b"}",
                             "unicode_escape")
    except UnicodeDecodeError:
        return None


def collect_names():
    """(cp, name) for every character with a stored name, the CJK unified
    ideograph ranges, the aliases as (cp, alias) and the named sequences."""
    names = []
    cjk_ranges = []
    for cp in range(CODE_POINT_COUNT):
        name = unicodedata.name(chr(cp), None)
        if name is None:
            continue
        if name.startswith(CJK_PREFIX):
            assert name == f"{CJK_PREFIX}{cp:04X}", hex(cp)
            if cjk_ranges and cjk_ranges[-1][1] == cp - 1:
                cjk_ranges[-1][1] = cp
            else:
                cjk_ranges.append([cp, cp])
            continue
        if name.startswith(HANGUL_PREFIX):
            assert HANGUL_S_BASE <= cp < HANGUL_S_BASE + HANGUL_S_COUNT
            continue
        names.append((cp, name))

    # Aliases sit at U+F0000.., named sequences at U+F0200.. (see CPython's
    # Tools/unicode/makeunicodedata.py). \N{} accepts the first, not the
    # second; both are verified against the escape decoder itself.
    name_of = name_capi()
    aliases = []
    sequences = []
    for code in range(0xF0000, 0xF0400):
        alias = name_of(code)
        if alias is None:
            continue
        value = unicodedata.lookup(alias)
        if len(value) == 1:
            assert code < 0xF0200, hex(code)
            assert accepted_by_escape(alias) == value, alias
            aliases.append((ord(value), alias))
        else:
            assert code >= 0xF0200, hex(code)
            assert accepted_by_escape(alias) is None, alias
            sequences.append(alias)
    if len(aliases) < 400:
        sys.exit("gen_unicode_tables: could not read CPython's name aliases")
    return names, cjk_ranges, aliases, sequences


def hangul_jamo_names():
    """The short jamo names that spell Hangul syllable names, read back from
    the syllable names themselves (IEUNG is the empty leading name, A the
    first vowel, and the first trailing name is empty)."""
    def syllable(l, v, t):
        code = HANGUL_S_BASE + (l * HANGUL_V_COUNT + v) * HANGUL_T_COUNT + t
        return unicodedata.name(chr(code))[len(HANGUL_PREFIX):]
    ieung = 11
    vowels = [syllable(ieung, v, 0) for v in range(HANGUL_V_COUNT)]
    assert vowels[0] == "A" and syllable(ieung, 0, 0) == "A"
    leads = [syllable(l, 0, 0)[:-1] for l in range(HANGUL_L_COUNT)]
    trails = [syllable(ieung, 0, t)[1:] for t in range(HANGUL_T_COUNT)]
    assert leads[ieung] == "" and trails[0] == ""
    return leads, vowels, trails


def emit_names(path):
    names, cjk_ranges, aliases, _ = collect_names()
    entries = [name for _, name in names] + [alias for _, alias in aliases]

    # Words by frequency: the common ones get one-byte ids.
    counts = {}
    for entry in entries:
        for word in entry.split(" "):
            counts[word] = counts.get(word, 0) + 1
    lexicon = sorted(counts, key=lambda w: (-counts[w], w))
    assert len(lexicon) < 1 << 15
    word_id = {w: i for i, w in enumerate(lexicon)}
    word_chars = "".join(lexicon)
    word_offsets = [0]
    for word in lexicon:
        word_offsets.append(word_offsets[-1] + len(word))

    # Each entry: a word count, then one- or two-byte word ids. Every
    # NAME_BLOCK-th entry's offset is kept.
    stream = []
    block_offsets = []
    longest = 0
    for i, entry in enumerate(entries):
        if i % NAME_BLOCK == 0:
            block_offsets.append(len(stream))
        words = entry.split(" ")
        longest = max(longest, len(entry))
        assert len(words) < 256
        stream.append(len(words))
        for word in words:
            wid = word_id[word]
            if wid < 0x80:
                stream.append(wid)
            else:
                stream.extend([0x80 | (wid >> 8), wid & 0xFF])

    # Runs of consecutive named code points: start and first entry.
    run_starts = []
    run_entries = []
    for i, (cp, _) in enumerate(names):
        if not run_starts or names[i - 1][0] != cp - 1:
            run_starts.append(cp)
            run_entries.append(i)

    by_name = sorted(range(len(entries)), key=lambda i: entries[i])
    assert len(set(entries)) == len(entries)

    leads, vowels, trails = hangul_jamo_names()

    out = header("Character names for support/unicode/UnicodeNames.cpp.")
    out.append("namespace adder::unicode::names {")
    out.append("")
    out.append(f"constexpr unsigned NameBlock = {NAME_BLOCK};")
    out.append(f"constexpr unsigned CharacterNameCount = {len(names)};")
    out.append(f"constexpr unsigned AliasCount = {len(aliases)};")
    out.append(f"constexpr unsigned LongestName = {longest};")
    out.append("")
    out.append("// The words of all names, most frequent first.")
    out.append("constexpr const char WordChars[] =")
    for start in range(0, len(word_chars), 72):
        out.append(f'    "{word_chars[start:start + 72]}"')
    out.append("    ;")
    emit_array(out, "WordOffsets", word_offsets)
    out.append("// Entries (character names by code point, then aliases):")
    out.append("// word count, then word ids (id < 0x80, or 0x80|hi, lo).")
    emit_array(out, "NameStream", stream, "uint8_t")
    emit_array(out, "NameBlockOffsets", block_offsets)
    out.append("// Runs of consecutive named code points.")
    emit_array(out, "RunStarts", run_starts, "uint32_t")
    emit_array(out, "RunFirstEntries", run_entries)
    emit_array(out, "AliasCodePoints", [cp for cp, _ in aliases], "uint32_t")
    out.append("// All entries in byte order of their names.")
    emit_array(out, "EntriesByName", by_name)
    out.append("")
    out.append("// Ranges named CJK UNIFIED IDEOGRAPH-XXXX.")
    out.append("constexpr uint32_t CjkUnifiedRanges[][2] = {")
    for start, end in cjk_ranges:
        out.append(f"  {{0x{start:X}, 0x{end:X}}},")
    out.append("};")
    for label, jamo in (("Lead", leads), ("Vowel", vowels),
                        ("Trail", trails)):
        out.append(f"constexpr const char *Hangul{label}Names[] = {{")
        line = " "
        for j in jamo:
            text = f' "{j}",'
            if len(line) + len(text) > 80:
                out.append(line)
                line = " "
            line += text
        out.append(line)
        out.append("};")
    size = (len(word_chars) + len(word_offsets) * element_bytes(word_offsets)
            + len(stream) + len(block_offsets) * element_bytes(block_offsets)
            + len(run_starts) * 4 + len(run_entries) *
            element_bytes(run_entries) + len(aliases) * 4 +
            len(by_name) * element_bytes(by_name))
    out.append("")
    out.append(f"// Total size of the tables above: about {size} bytes.")
    out.append("")
    out.append("} // namespace adder::unicode::names")
    write(path, out)
    print(f"gen_unicode_tables: names {size} bytes ({len(names)} names, "
          f"{len(aliases)} aliases, {len(lexicon)} words)")


# ---------------------------------------------------------------------------
# --emit normalization
# ---------------------------------------------------------------------------

def is_hangul_syllable(cp):
    return HANGUL_S_BASE <= cp < HANGUL_S_BASE + HANGUL_S_COUNT


def emit_normalization(path):
    combining = [unicodedata.combining(chr(cp))
                 for cp in range(CODE_POINT_COUNT)]
    ccc_trie = Trie(combining)

    # Full compatibility decompositions, already canonically ordered.
    decomposed = []
    pool = []
    starts = [0]
    for cp in range(CODE_POINT_COUNT):
        if is_hangul_syllable(cp):
            continue
        nfkd = unicodedata.normalize("NFKD", chr(cp))
        if nfkd == chr(cp):
            continue
        decomposed.append(cp)
        pool.extend(ord(ch) for ch in nfkd)
        starts.append(len(pool))

    # Primary composites: two-code-point canonical decompositions that NFC
    # keeps (so neither excluded nor singleton nor non-starter).
    pairs = []
    for cp in range(CODE_POINT_COUNT):
        decomposition = unicodedata.decomposition(chr(cp))
        if not decomposition or decomposition.startswith("<"):
            continue
        parts = [int(p, 16) for p in decomposition.split()]
        if len(parts) != 2:
            continue
        if unicodedata.normalize("NFC", chr(cp)) != chr(cp):
            continue
        assert unicodedata.combining(chr(parts[0])) == 0, hex(cp)
        pairs.append((parts[0], parts[1], cp))
    pairs.sort()

    out = header("NFKC data for support/unicode/UnicodeNormalization.cpp.")
    out.append("namespace adder::unicode::normalization {")
    out.append("")
    out.append("// Code point -> canonical combining class.")
    ccc_trie.emit(out, "CombiningClass", "combiningClassOf")
    out.append("// Code points whose NFKD differs from themselves (Hangul")
    out.append("// syllables aside), with their NFKD in DecompositionPool.")
    emit_array(out, "DecomposedCodePoints", decomposed, "uint32_t")
    emit_array(out, "DecompositionStarts", starts)
    emit_array(out, "DecompositionPool", pool, "uint32_t")
    out.append("// {first, second, composite}, sorted by (first, second).")
    out.append("constexpr uint32_t CompositionPairs[][3] = {")
    for first, second, composite in pairs:
        out.append(f"  {{0x{first:X}, 0x{second:X}, 0x{composite:X}}},")
    out.append("};")
    out.append("")
    out.append("} // namespace adder::unicode::normalization")
    write(path, out)
    print(f"gen_unicode_tables: normalization ({len(decomposed)} "
          f"decompositions, {len(pairs)} compositions)")


# ---------------------------------------------------------------------------
# --emit expectations
# ---------------------------------------------------------------------------

# Bits of the expectation file's flag column; test/unit/UnicodeTest.cpp
# reads them by these positions.
EXPECT_BITS = [
    lambda c: c.isidentifier(),
    lambda c: ("a" + c).isidentifier(),
    lambda c: c.isprintable(),
    lambda c: c.isalpha(),
    lambda c: c.isdecimal(),
    lambda c: c.isdigit(),
    lambda c: c.isnumeric(),
    lambda c: c.isspace(),
    lambda c: c.isalnum(),
    lambda c: c.isupper(),
    lambda c: c.islower(),
    lambda c: c.istitle(),
    probe_title,
    probe_cased,
    probe_case_ignorable,
    probe_line_break,
]


def encode_expected(cp, text):
    """'=' for cp itself, a signed delta for one code point, else a comma
    separated hex list."""
    if text == chr(cp):
        return "="
    if len(text) == 1:
        return f"{ord(text) - cp:+d}"
    return ",".join(f"{ord(ch):X}" for ch in text)


def expected_line(cp):
    import _sre
    c = chr(cp)
    flags = 0
    for i, probe in enumerate(EXPECT_BITS):
        if probe(c):
            flags |= 1 << i
    if _sre.unicode_iscased(cp):
        flags |= 1 << len(EXPECT_BITS)
    fields = [
        f"{flags:X}",
        str(unicodedata.digit(c, -1)),
        str(unicodedata.decimal(c, -1)),
        encode_expected(cp, c.upper()),
        encode_expected(cp, c.lower()),
        encode_expected(cp, c.title()),
        encode_expected(cp, c.casefold()),
        encode_expected(cp, chr(_sre.unicode_tolower(cp))),
        encode_expected(cp, unicodedata.normalize("NFKC", c)),
    ]
    return " ".join(fields)


def nfkc_samples(count):
    """Random strings built to exercise reordering and composition."""
    rng = random.Random(14)
    marks = [cp for cp in range(0x300, 0x370)] + \
        [0x5B0, 0x5B9, 0x5C1, 0x5C2, 0x93C, 0x94D, 0x9BC, 0x9BE, 0x9CD,
         0x9D7, 0xB3E, 0xB56, 0xB57, 0xBBE, 0xBD7, 0xCC2, 0xCD5, 0xCD6,
         0xD3E, 0xDCA, 0xDCF, 0xDDF, 0x1B35, 0x302A, 0x3099, 0x309A,
         0x1D165, 0x1D16E, 0x20D0, 0x20E1, 0x0F71, 0x0F72, 0x0F74, 0x0F80,
         0x0344, 0x0F73]
    starters = [ord(ch) for ch in "AaEeIiOoUuSsNnCcZzΑαΩωΟοЕеИиУу"] + \
        [0x9C7, 0xB47, 0xB92, 0xBC6, 0xBC7, 0xC46, 0xCBF, 0xCC6, 0xCCA,
         0xD46, 0xD47, 0xDD9, 0xDDC, 0x1B05, 0x304B, 0x30CF, 0x1F00,
         0x212B, 0x1E0A, 0x1E9B, 0xFB2A, 0x2ADC, 0x00C5, 0x0226, 0x01D5]
    hangul = list(range(0x1100, 0x1116)) + list(range(0x1160, 0x1178)) + \
        list(range(0x11A7, 0x11C5)) + [0xAC00, 0xAC01, 0xD7A3, 0xB098]
    compat = [0x2460, 0xFB01, 0x210C, 0x2126, 0xFDFA, 0x3300, 0x1E9B,
              0x00BD, 0x2075, 0xFF21, 0x33C2, 0x1D400, 0x00A8, 0x1FED,
              0x0385, 0x2002, 0x3000, 0xF900, 0x2F800, 0x1F16A]
    pools = [marks, starters, hangul, compat]
    samples = []
    for _ in range(count):
        length = rng.randint(1, 8)
        text = "".join(chr(rng.choice(rng.choice(pools)))
                       for _ in range(length))
        samples.append(text)
    return samples


def emit_expectations(path):
    out = ["# CPython's answers for test/unit/UnicodeTest.cpp; see "
           "gen_unicode_tables.py.",
           f"# Unicode {unicodedata.unidata_version}, Python "
           f"{sys.version.split()[0]}"]
    # P first count flags digit decimal upper lower title fold lower1 nfkc
    previous = None
    start = 0
    for cp in range(CODE_POINT_COUNT + 1):
        line = expected_line(cp) if cp < CODE_POINT_COUNT else None
        if line != previous:
            if previous is not None:
                out.append(f"P {start:X} {cp - start:X} {previous}")
            previous = line
            start = cp
    names, cjk_ranges, aliases, sequences = collect_names()
    for start, end in cjk_ranges:
        out.append(f"C {start:X} {end:X}")
    for cp, name in names:
        out.append(f"N {cp:X} {name}")
    for index in range(HANGUL_S_COUNT):
        cp = HANGUL_S_BASE + index
        out.append(f"N {cp:X} {unicodedata.name(chr(cp))}")
    for cp, alias in aliases:
        out.append(f"A {cp:X} {alias}")
    for sequence in sequences:
        out.append(f"S {sequence}")
    for sample in nfkc_samples(4000):
        nfkc = unicodedata.normalize("NFKC", sample)
        out.append("K " + ",".join(f"{ord(ch):X}" for ch in sample) + " " +
                   (",".join(f"{ord(ch):X}" for ch in nfkc) or "-"))
    write(path, out)


# ---------------------------------------------------------------------------

def write(path, lines):
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--emit", required=True,
                        choices=["properties", "names", "normalization",
                                 "expectations"])
    parser.add_argument("-o", "--output", required=True)
    parser.add_argument("--any-unicode-version", action="store_true",
                        help="accept a Python whose Unicode is not "
                        + EXPECTED_UNIDATA_VERSION)
    args = parser.parse_args()
    if (unicodedata.unidata_version != EXPECTED_UNIDATA_VERSION and
            not args.any_unicode_version):
        sys.exit(f"gen_unicode_tables: {sys.executable} has Unicode "
                 f"{unicodedata.unidata_version}; adder follows CPython 3.11 "
                 f"(Unicode {EXPECTED_UNIDATA_VERSION}). Configure with a "
                 "Python 3.11 (-DPython3_EXECUTABLE=...).")
    emitters = {
        "properties": emit_properties,
        "names": emit_names,
        "normalization": emit_normalization,
        "expectations": emit_expectations,
    }
    emitters[args.emit](args.output)


if __name__ == "__main__":
    main()

# A JSON-like serializer and a matching parser for nested data.
def dumps(v, indent=0):
    pad = "  " * indent
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str):
        out = '"'
        for ch in v:
            if ch == '"':
                out += '\\"'
            elif ch == "\\":
                out += "\\\\"
            elif ch == "\n":
                out += "\\n"
            elif ord(ch) < 32 or ord(ch) > 126:
                out += "\\u%04x" % ord(ch) if ord(ch) < 0x10000 else ch
            else:
                out += ch
        return out + '"'
    if isinstance(v, (list, tuple)):
        if not v:
            return "[]"
        inner = ",\n".join(pad + "  " + dumps(x, indent + 1) for x in v)
        return "[\n" + inner + "\n" + pad + "]"
    if isinstance(v, dict):
        if not v:
            return "{}"
        inner = ",\n".join(pad + "  " + dumps(str(k)) + ": " + dumps(x, indent + 1) for k, x in v.items())
        return "{\n" + inner + "\n" + pad + "}"
    raise TypeError(f"cannot serialize {type(v).__name__}")
def loads(s):
    pos = 0
    def ws():
        nonlocal pos
        while pos < len(s) and s[pos] in " \n\t":
            pos += 1
    def value():
        nonlocal pos
        ws()
        c = s[pos]
        if c == "{":
            pos += 1
            d = {}
            ws()
            if s[pos] == "}":
                pos += 1
                return d
            while True:
                k = value()
                ws()
                pos += 1
                d[k] = value()
                ws()
                if s[pos] == ",":
                    pos += 1
                    continue
                pos += 1
                return d
        if c == "[":
            pos += 1
            lst = []
            ws()
            if s[pos] == "]":
                pos += 1
                return lst
            while True:
                lst.append(value())
                ws()
                if s[pos] == ",":
                    pos += 1
                    continue
                pos += 1
                return lst
        if c == '"':
            pos += 1
            out = ""
            while s[pos] != '"':
                if s[pos] == "\\":
                    nxt = s[pos + 1]
                    if nxt == "u":
                        out += chr(int(s[pos + 2:pos + 6], 16))
                        pos += 6
                        continue
                    out += {"n": "\n", '"': '"', "\\": "\\"}[nxt]
                    pos += 2
                    continue
                out += s[pos]
                pos += 1
            pos += 1
            return out
        for word, val in (("null", None), ("true", True), ("false", False)):
            if s.startswith(word, pos):
                pos += len(word)
                return val
        start = pos
        while pos < len(s) and s[pos] in "+-0123456789.eE":
            pos += 1
        text = s[start:pos]
        return float(text) if any(ch in text for ch in ".eE") else int(text)
    return value()
data = {"name": "adder \"compiler\"", "version": [0, 1, 2], "ok": True, "ratio": 0.1 + 0.2,
        "nested": {"empty": [], "none": None, "big": 2**70, "neg": -1.5e-7, "text": "line1\nline2 é"}, "flags": [False, {}]}
text = dumps(data)
print(text)
back = loads(text)
print(back == data, back["nested"]["text"], back["nested"]["big"] == 2**70)
try:
    dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)

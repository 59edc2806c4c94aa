# jsontree: build a nested tree of dicts, lists, strs, ints, bools and None,
# then serialize it to JSON text by hand, recursively.
#
# Measures dynamic typing on containers: isinstance dispatch over mixed
# values, dict iteration in insertion order, list building, many small
# string concatenations and joins, str escaping, and recursion. The tree is
# shaped by a linear congruential generator, so it is the same on every
# run. Prints each text's length and a checksum over its characters, and
# the first 160 characters of the first one.


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self, n):
        """A value in [0, n)."""
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return (self.state >> 16) % n


NAMES = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta",
         "theta", "iota", "kappa", "lambda", "mu"]

TAGS = ["red", "green", "blue", "quote\"d", "back\\slash", "tab\there",
        "new\nline", "plain", "x", "long-tag-name-for-testing"]


def make_node(rng, depth, ident):
    node = {}
    node["id"] = ident
    node["name"] = NAMES[rng.next(len(NAMES))] + "-" + str(ident)
    node["active"] = rng.next(2) == 0
    node["weight"] = rng.next(100000) - 50000
    tags = []
    for k in range(rng.next(4)):
        tags.append(TAGS[rng.next(len(TAGS))])
    node["tags"] = tags
    if rng.next(5) == 0:
        node["note"] = None
    if depth > 0:
        children = []
        for k in range(2 + rng.next(3)):
            children.append(make_node(rng, depth - 1, ident * 8 + k + 1))
        node["children"] = children
    else:
        node["values"] = [rng.next(1000) for k in range(rng.next(6))]
    return node


def escape(s):
    if '"' not in s and "\\" not in s and "\n" not in s and "\t" not in s:
        return s
    out = []
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        else:
            out.append(ch)
    return "".join(out)


def serialize(value):
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return '"' + escape(value) + '"'
    if isinstance(value, list):
        parts = []
        for item in value:
            parts.append(serialize(item))
        return "[" + ", ".join(parts) + "]"
    if isinstance(value, dict):
        parts = []
        for key in value:
            parts.append('"' + escape(key) + '": ' + serialize(value[key]))
        return "{" + ", ".join(parts) + "}"
    raise TypeError("cannot serialize %r" % (value,))


def checksum(text):
    h = 0
    for ch in text:
        h = (h * 31 + ord(ch)) % 4294967291
    return h


def count_nodes(node):
    n = 1
    for child in node.get("children", []):
        n += count_nodes(child)
    return n


def main():
    rng = Lcg(7)
    rounds = 40
    total_len = 0
    total_nodes = 0
    total_sum = 0
    first = ""
    for r in range(rounds):
        tree = make_node(rng, 7, 1)
        text = serialize(tree)
        nodes = count_nodes(tree)
        h = checksum(text)
        total_nodes += nodes
        total_len += len(text)
        total_sum = (total_sum + h) % 4294967291
        if r % 8 == 0:
            print(f"round {r}: nodes = {nodes}, length = {len(text)}, checksum = {h}")
        if r == 0:
            first = text[:160]
    print(f"total: nodes = {total_nodes}, length = {total_len}, checksum = {total_sum}")
    print(first)


if __name__ == "__main__":
    main()

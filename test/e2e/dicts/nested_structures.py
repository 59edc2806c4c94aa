# Nested dicts and lists: building, walking and printing a tree.
inventory = {
    "fruit": {"apple": 3, "pear": 0, "kiwi": 12},
    "veg": {"leek": 1},
    "empty": {},
}
inventory["veg"]["kale"] = 7
inventory.setdefault("grain", {})["rice"] = 25
for cat, items in inventory.items():
    total = sum(items.values())
    print(f"{cat:6} {len(items)} items, total {total}")
in_stock = {cat: sorted(k for k, v in items.items() if v) for cat, items in inventory.items()}
print(in_stock)
def walk(node, depth=0):
    if isinstance(node, dict):
        for k in sorted(node):
            print("  " * depth + str(k))
            walk(node[k], depth + 1)
    elif isinstance(node, list):
        for v in node:
            walk(v, depth)
    else:
        print("  " * depth + "= " + repr(node))
walk({"b": [1, {"z": None}], "a": {"y": "s", "x": 2.5}})

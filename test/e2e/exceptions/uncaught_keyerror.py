# Uncaught KeyError shows the repr of the key.
prices = {"apple": 3, "pear": 4}
for item in ["apple", "pear", "kiwi"]:
    print(item, prices[item])

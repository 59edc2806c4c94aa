#!/usr/bin/env python3
"""Copies the standard library's .py files into a libFuzzer seed corpus
(one file each, truncated to the fuzzer's max_len)."""
import os
import shutil
import sys
import sysconfig

out, max_len = sys.argv[1], int(sys.argv[2])
os.makedirs(out, exist_ok=True)
root = sysconfig.get_paths()["stdlib"]
n = 0
for dirpath, dirnames, filenames in os.walk(root):
    dirnames[:] = [d for d in dirnames if d != "site-packages"]
    for name in filenames:
        if name.endswith(".py"):
            data = open(os.path.join(dirpath, name), "rb").read()[:max_len]
            with open(os.path.join(out, "seed%05d.py" % n), "wb") as f:
                f.write(data)
            n += 1
print("%d seeds in %s" % (n, out))

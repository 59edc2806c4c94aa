# os.path's path arithmetic and the os constants, compared with CPython's
# posixpath (str and bytes paths, os.PathLike, the TypeErrors).
import os
import os.path
from os.path import join, splitext
print(os.path.join("a", "b", "c.txt"), join("/a", "/b"), join("a/", "b"), join("", "x"), join("a", ""))
print(os.path.split("/usr/lib/x.so"), os.path.split("x"), os.path.split("/"), os.path.split("//a//b"))
for p in ["a.txt", ".bashrc", "a.tar.gz", "dir.d/file", "..x", "a/.b.c", "", "a."]:
    print(repr(p), splitext(p))
print(os.path.basename("/a/b/"), os.path.basename("/a/b"), os.path.dirname("/a/b"), os.path.dirname("a"), os.path.dirname("///a"))
for p in ["", ".", "a/./b/../c", "/../x", "//a/b", "///a", "../../a", "a/b/../../..", "/a/b/c/../../"]:
    print(repr(p), repr(os.path.normpath(p)))
print(os.path.isabs("/x"), os.path.isabs("x"), os.path.commonprefix(["/usr/lib", "/usr/local"]))
print(os.path.commonpath(["/usr/lib", "/usr/local/x"]), os.path.commonpath(["a/b", "a/c"]))
print(os.path.relpath("/a/b/c", "/a/d"), os.path.relpath("a/b", "a/b"))
print(os.sep, os.name, repr(os.linesep), os.path.join(b"a", b"b"), os.path.splitext(b"x.py"))
class P:
    def __fspath__(self):
        return "/p/q.py"
print(os.fspath(P()), os.path.basename(P()), isinstance(P(), os.PathLike))
try:
    os.path.join("a", 3)
except TypeError as e:
    print("TypeError:", e)
try:
    os.path.join("a", b"b")
except TypeError as e:
    print("TypeError:", e)
try:
    os.fspath(3)
except TypeError as e:
    print("TypeError:", e)
try:
    os.path.commonpath([])
except ValueError as e:
    print("ValueError:", e)
try:
    os.path.commonpath(["/a", "b"])
except ValueError as e:
    print("ValueError:", e)

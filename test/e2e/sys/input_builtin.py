# input() reads one line per call without the newline; EOFError at the end.
n = int(input())
nums = [int(input()) for _ in range(n)]
print("read", n, "numbers, sum", sum(nums), "max", max(nums))
name = input("prompt> ")
print()
print("hello,", name)
try:
    input()
except EOFError as e:
    print("EOFError:", e)

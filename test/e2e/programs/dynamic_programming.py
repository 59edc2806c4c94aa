# Dynamic programming classics: knapsack, LCS, edit distance, coin change, LIS, N-queens, permutations.
from functools import lru_cache

def knapsack(items, cap):
    dp = [[0] * (cap + 1) for _ in range(len(items) + 1)]
    for i, (w, v) in enumerate(items, 1):
        for c in range(cap + 1):
            dp[i][c] = dp[i - 1][c]
            if w <= c and dp[i - 1][c - w] + v > dp[i][c]:
                dp[i][c] = dp[i - 1][c - w] + v
    chosen, c = [], cap
    for i in range(len(items), 0, -1):
        if dp[i][c] != dp[i - 1][c]:
            chosen.append(i - 1)
            c -= items[i - 1][0]
    return dp[-1][-1], sorted(chosen)

def lcs(a, b):
    m, n = len(a), len(b)
    L = [[0] * (n + 1) for _ in range(m + 1)]
    for i in range(m):
        for j in range(n):
            L[i + 1][j + 1] = L[i][j] + 1 if a[i] == b[j] else max(L[i][j + 1], L[i + 1][j])
    out = []
    i, j = m, n
    while i and j:
        if a[i - 1] == b[j - 1]:
            out.append(a[i - 1]); i -= 1; j -= 1
        elif L[i - 1][j] >= L[i][j - 1]:
            i -= 1
        else:
            j -= 1
    return "".join(reversed(out))

def edit_distance(s, t):
    prev = list(range(len(t) + 1))
    for i, cs in enumerate(s, 1):
        cur = [i]
        for j, ct in enumerate(t, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (cs != ct)))
        prev = cur
    return prev[-1]

def coin_change(coins, amount):
    INF = float("inf")
    dp = [0] + [INF] * amount
    for a in range(1, amount + 1):
        for c in coins:
            if c <= a and dp[a - c] + 1 < dp[a]:
                dp[a] = dp[a - c] + 1
    return dp[amount] if dp[amount] != INF else -1

@lru_cache(maxsize=None)
def count_ways(n, coins):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return count_ways(n - coins[0], coins) + count_ways(n, coins[1:])

def lis(seq):
    import bisect
    tails = []
    for x in seq:
        i = bisect.bisect_left(tails, x)
        if i == len(tails):
            tails.append(x)
        else:
            tails[i] = x
    return len(tails)

def queens(n):
    sols = []
    def place(row, cols, d1, d2, board):
        if row == n:
            sols.append(board[:])
            return
        for c in range(n):
            if c not in cols and row - c not in d1 and row + c not in d2:
                board.append(c)
                place(row + 1, cols | {c}, d1 | {row - c}, d2 | {row + c}, board)
                board.pop()
    place(0, frozenset(), frozenset(), frozenset(), [])
    return sols

def permutations(s):
    if len(s) <= 1:
        return [s]
    return [s[i] + p for i in range(len(s)) for p in permutations(s[:i] + s[i + 1:])]

print(knapsack([(12, 4), (2, 2), (1, 1), (1, 2), (4, 10)], 15))
print(knapsack([(5, 10), (4, 40), (6, 30), (3, 50)], 10))
print(lcs("AGGTAB", "GXTXAYB"), lcs("ABCBDAB", "BDCABA"), repr(lcs("", "abc")))
for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("intention", "execution")]:
    print(a, b, edit_distance(a, b))
print(coin_change([1, 5, 10, 25], 63), coin_change([2], 3), coin_change([186, 419, 83, 408], 6249))
print(count_ways(100, (50, 25, 10, 5, 1)), count_ways.cache_info().hits > 0)
print(lis([10, 9, 2, 5, 3, 7, 101, 18]), lis(list(range(20, 0, -1))), lis([]))
q6 = queens(6)
print(len(q6), q6, len(queens(8)))
for row in q6[0]:
    print("".join("Q" if c == row else "." for c in range(6)))
print(permutations("abc"), len(permutations("abcde")), len(set(permutations("aabb"))))
tri = [[1]]
for _ in range(9):
    tri.append([1] + [a + b for a, b in zip(tri[-1], tri[-1][1:])] + [1])
for r in tri:
    print(" ".join(map(str, r)).center(40))

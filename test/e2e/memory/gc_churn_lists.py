# skip-targets: mps2-an385 (allocates far more than the board's RAM in total)
# Build and drop large nested lists many times; totals must stay exact.
checksum = 0
for rnd in range(40):
    rows = [[rnd * r + c for c in range(50)] for r in range(500)]
    s = 0
    for row in rows:
        s += row[-1] - row[0]
    checksum += s + len(rows)
    rows = None
print(checksum)
keep = []
for rnd in range(200):
    tmp = [str(i) for i in range(1000)]
    if rnd % 50 == 0:
        keep.append(tmp)
print(len(keep), [k[-1] for k in keep])

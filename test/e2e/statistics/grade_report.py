# A user program: summarise exam scores per class with the statistics module.
import statistics

scores = {
    "algebra": [78, 85, 92, 64, 88, 71, 95, 83, 77, 90, 68, 85],
    "biology": [81.5, 79.0, 88.5, 92.0, 67.5, 74.0, 85.5, 90.0],
    "chemistry": [55, 62, 71, 48, 90, 62, 66, 73, 62, 80],
}

print("%-10s %6s %6s %6s %7s %5s" % ("class", "mean", "median", "stdev", "var", "mode"))
for name, marks in scores.items():
    print("%-10s %6.2f %6.1f %6.2f %7.2f %5s" % (
        name, statistics.mean(marks), statistics.median(marks), statistics.stdev(marks),
        statistics.variance(marks), statistics.mode(marks)))

everyone = [m for marks in scores.values() for m in marks]
q1, q2, q3 = statistics.quantiles(everyone, n=4)
print("quartiles", q1, q2, q3, "iqr", q3 - q1)
mu = statistics.fmean(everyone)
sigma = statistics.pstdev(everyone)
print("overall mean %.4f pstdev %.4f" % (mu, sigma))
for name, marks in scores.items():
    z = [(m - mu) / sigma for m in marks]
    best = max(range(len(marks)), key=lambda i: z[i])
    print(name, "best z-score %.3f (mark %s)" % (z[best], marks[best]))

grades = []
for m in everyone:
    grades.append("A" if m >= 90 else "B" if m >= 80 else "C" if m >= 70 else "D")
print("grade modes", statistics.multimode(grades), "median grade", statistics.median_low(grades))
weights = [3 if g == "A" else 1 for g in grades]
print("weighted mean", statistics.fmean(everyone, weights))
print("study hours vs marks r = %.6f" % statistics.correlation(
    [2, 4, 6, 8, 10, 12], [60, 66, 71, 80, 84, 93]))

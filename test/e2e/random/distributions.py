# random: real-valued distributions from a seed (libm-dependent values to 10 digits).
import random

def show(label, values):
    print(label, " ".join("%.10g" % v for v in values))

r = random.Random(31337)
show("uniform", [r.uniform(1, 5) for _ in range(5)])
show("uniform-rev", [r.uniform(5, -5) for _ in range(3)])
show("triangular", [r.triangular() for _ in range(3)] + [r.triangular(0, 10, 2) for _ in range(3)])
show("triangular-flat", [r.triangular(3, 3), r.triangular(2, 8, 8), r.triangular(2, 8, 2)])
show("gauss", [r.gauss() for _ in range(5)] + [r.gauss(100, 15) for _ in range(3)])
show("normal", [r.normalvariate() for _ in range(4)] + [r.normalvariate(5, 0.5) for _ in range(2)])
show("expo", [r.expovariate(1.5) for _ in range(4)] + [r.expovariate(0.1)])
show("lognorm", [r.lognormvariate(0, 1) for _ in range(3)])
show("vonmises", [r.vonmisesvariate(1, 2) for _ in range(3)] + [r.vonmisesvariate(0, 0)])
show("gamma<1", [r.gammavariate(0.5, 2) for _ in range(3)])
show("gamma=1", [r.gammavariate(1, 3) for _ in range(2)])
show("gamma>1", [r.gammavariate(5, 2) for _ in range(3)])
show("beta", [r.betavariate(2, 3) for _ in range(3)] + [r.betavariate(0.5, 0.5)])
show("pareto", [r.paretovariate(2) for _ in range(3)])
show("weibull", [r.weibullvariate(1, 2) for _ in range(3)])
print("next random", r.random())

# gauss keeps the second value of each pair; reseeding forgets it
random.seed(5)
g1 = random.gauss()
random.seed(5)
print(g1 == random.gauss(), "%.10g" % random.gauss())

# the module-level functions share one generator
random.seed(1)
show("module", [random.uniform(0, 1), random.gauss(), random.expovariate(2)])

for f, args in [(r.gammavariate, (0, 1)), (r.gammavariate, (1, -1)), (r.expovariate, ())]:
    try:
        f(*args)
    except Exception as e:
        print(type(e).__name__, e)

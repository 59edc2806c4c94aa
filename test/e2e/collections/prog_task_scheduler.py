# Program: build order of tasks (topological sort) with defaultdict and deque.
from collections import defaultdict, deque, namedtuple

Task = namedtuple('Task', 'name cost deps')
TASKS = [
    Task('compile', 5, ('fetch', 'configure')),
    Task('fetch', 2, ()),
    Task('configure', 1, ('fetch',)),
    Task('test', 4, ('compile',)),
    Task('docs', 3, ('configure',)),
    Task('package', 2, ('compile', 'docs')),
    Task('release', 1, ('package', 'test')),
]

by_name = {t.name: t for t in TASKS}
users = defaultdict(list)
indegree = defaultdict(int)
for t in TASKS:
    indegree[t.name] += 0
    for d in t.deps:
        users[d].append(t.name)
        indegree[t.name] += 1
print('users:', dict(users))

ready = deque(sorted(n for n, k in indegree.items() if k == 0))
order = []
finish = {}
while ready:
    name = ready.popleft()
    order.append(name)
    task = by_name[name]
    finish[name] = max([finish[d] for d in task.deps], default=0) + task.cost
    for user in sorted(users[name]):
        indegree[user] -= 1
        if indegree[user] == 0:
            ready.append(user)
print('order:', ' -> '.join(order))
print('finish times:', finish)
print('critical time:', max(finish.values()))

levels = defaultdict(set)
for name in order:
    task = by_name[name]
    level = max([lvl for lvl, names in levels.items() for d in task.deps if d in names],
                default=-1) + 1
    levels[level].add(name)
for lvl in sorted(levels):
    print('level', lvl, sorted(levels[lvl]))
slow = [t._replace(cost=t.cost * 2) for t in TASKS if t.cost >= 3]
print(slow[0], [t.name for t in slow], sum(t.cost for t in TASKS))

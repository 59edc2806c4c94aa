# Program: sliding windows over sensor readings with deque(maxlen) and a monotonic deque.
from collections import deque, namedtuple, ChainMap

Reading = namedtuple('Reading', 't value')
readings = [Reading(t, (t * 37) % 23 - 5 + (t % 4)) for t in range(40)]

defaults = {'window': 5, 'threshold': 10}
config = ChainMap({'window': 4}, defaults)
window = deque(maxlen=config['window'])
averages = []
for r in readings:
    window.append(r.value)
    averages.append(round(sum(window) / len(window), 2))
print('window', window, 'last averages', averages[-5:])


def sliding_max(values, k):
    out = []
    dq = deque()          # indices of a decreasing run of values
    for i, v in enumerate(values):
        while dq and values[dq[-1]] <= v:
            dq.pop()
        dq.append(i)
        if dq[0] <= i - k:
            dq.popleft()
        if i >= k - 1:
            out.append(values[dq[0]])
    return out


vals = [r.value for r in readings]
mx = sliding_max(vals, config['window'])
assert mx == [max(vals[i:i + 4]) for i in range(len(vals) - 3)]
print('maxima', mx[:12])
alerts = [r for r in readings if r.value > config['threshold']]
print('alerts', len(alerts), alerts[:3])
history = deque(maxlen=3)
for r in alerts:
    history.appendleft(r.t)
print('recent alert times', history, list(reversed(history)))
history.rotate(1)
print(history, history.maxlen, config.maps[0], config.parents)

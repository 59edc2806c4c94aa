# A sensor loop as firmware runs one: read a (simulated) temperature sensor,
# smooth the readings with a moving average, track min/max, and raise an
# alarm with hysteresis when the smoothed value crosses a threshold.
#
#   adder run examples/sensor_loop.py                       # on the host
#   adder run --target=mps2-an385 examples/sensor_loop.py   # in QEMU
#
# The readings come from a deterministic generator (a linear congruential
# generator for noise on top of a slow sine drift), so every target prints
# the same output as CPython.
import math

WINDOW = 8
ALARM_ON = 26.0   # degrees C: raise the alarm above this...
ALARM_OFF = 25.0  # ...and clear it only below this (hysteresis)
SAMPLES = 120

seed = 12345


def next_noise():
    """Pseudo-random integer in [-50, 50] (a 31-bit LCG, as a C runtime's)."""
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed >> 16) % 101 - 50


def read_sensor(t):
    """Raw ADC counts of a 12-bit sensor: 10 mV per degree over 0..3.3 V."""
    degrees = 24.0 + 3.0 * math.sin(t / 15.0) + next_noise() / 100.0
    millivolts = degrees * 10.0
    return int(millivolts * 4095 / 3300)


def counts_to_celsius(counts):
    return counts * 3300 / 4095 / 10.0


def moving_average(window):
    total = 0.0
    for v in window:
        total += v
    return total / len(window)


def main():
    window = []
    lowest = 1e9
    highest = -1e9
    alarm = False
    alarms = 0
    alarm_samples = 0
    raw_sum = 0
    for t in range(SAMPLES):
        raw = read_sensor(t)
        raw_sum += raw
        celsius = counts_to_celsius(raw)
        window.append(celsius)
        if len(window) > WINDOW:
            window.pop(0)
        avg = moving_average(window)
        lowest = min(lowest, celsius)
        highest = max(highest, celsius)
        if not alarm and avg > ALARM_ON:
            alarm = True
            alarms += 1
            print(f"t={t:3d} ALARM   avg={avg:.2f} C (raw {raw})")
        elif alarm and avg < ALARM_OFF:
            alarm = False
            print(f"t={t:3d} cleared avg={avg:.2f} C")
        if alarm:
            alarm_samples += 1
        if t % 20 == 0:
            print("t=%3d raw=%4d now=%6.2f avg=%6.2f" % (t, raw, celsius, avg))
    print(f"samples: {SAMPLES}, mean raw: {raw_sum / SAMPLES:.1f} counts")
    print(f"min {lowest:.2f} C, max {highest:.2f} C, "
          f"spread {highest - lowest:.3f} C")
    duty = 100 * alarm_samples // SAMPLES
    print("alarms: %d, in alarm %d%% of the time" % (alarms, duty))
    return alarms


main()

# Circular imports see a partially initialised module during import.
import _cycle_a
import _cycle_b
print(_cycle_a.from_b(), _cycle_b.from_a(), "b saw partial a:", _cycle_b.seen_partial is False)

from _counter_state import bump
import _counter_state as state
bump("b")
def use():
    return state.bump("b-use")

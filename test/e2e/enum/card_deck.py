# enum (user program): a card deck with Suit/Rank enums, sorting by value, hands and a simple scoring
from enum import Enum
import random


class Suit(Enum):
    CLUBS = '♣'
    DIAMONDS = '♦'
    HEARTS = '♥'
    SPADES = '♠'

    @property
    def color(self):
        return 'red' if self in (Suit.DIAMONDS, Suit.HEARTS) else 'black'


class Rank(Enum):
    TWO = 2
    THREE = 3
    FOUR = 4
    FIVE = 5
    SIX = 6
    SEVEN = 7
    EIGHT = 8
    NINE = 9
    TEN = 10
    JACK = 11
    QUEEN = 12
    KING = 13
    ACE = 14

    def __str__(self):
        if self.value <= 10:
            return str(self.value)
        return self.name[0]


class Card:
    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit

    def __repr__(self):
        return '%s%s' % (self.rank, self.suit.value)

    def key(self):
        return (self.rank.value, list(Suit).index(self.suit))


deck = [Card(r, s) for s in Suit for r in Rank]
print(len(deck), deck[:3], deck[-1])
random.Random(7).shuffle(deck)
hands = [sorted(deck[k * 5:(k + 1) * 5], key=Card.key) for k in range(4)]


def score(hand):
    counts = {}
    for c in hand:
        counts[c.rank] = counts.get(c.rank, 0) + 1
    best = max(counts.values())
    flush = len({c.suit for c in hand}) == 1
    values = sorted(c.rank.value for c in hand)
    straight = len(set(values)) == 5 and values[-1] - values[0] == 4
    if straight and flush:
        return 'straight flush'
    if best == 4:
        return 'four of a kind'
    if flush:
        return 'flush'
    if straight:
        return 'straight'
    if best == 3:
        return 'three of a kind' if len(counts) == 3 else 'full house'
    if best == 2:
        return 'two pair' if len(counts) == 3 else 'pair'
    return 'high card ' + str(max(hand, key=Card.key).rank)


for n, hand in enumerate(hands):
    reds = sum(1 for c in hand if c.suit.color == 'red')
    print('hand', n, hand, score(hand), 'reds:', reds)

by_suit = {s: [] for s in Suit}
for c in deck[20:]:
    by_suit[c.suit].append(c)
for s, cards in by_suit.items():
    cards.sort(key=lambda c: c.rank.value, reverse=True)
    print(s.name.title(), s.value, len(cards), cards[:4])

print([str(r) for r in Rank], Rank(11), repr(Rank.ACE), Rank['QUEEN'].value)
print(sorted([Rank.KING, Rank.TWO, Rank.TEN], key=lambda r: r.value))
print(max(Rank, key=lambda r: r.value).name, [s.name for s in sorted(Suit, key=lambda s: s.name, reverse=True)])

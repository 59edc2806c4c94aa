# enum (user program): file permissions and user roles with Flag, parsed from and rendered as rwx strings
from enum import Flag, auto


class Perm(Flag):
    NONE = 0
    READ = auto()
    WRITE = auto()
    EXECUTE = auto()
    RW = READ | WRITE
    ALL = READ | WRITE | EXECUTE


LETTERS = {Perm.READ: 'r', Perm.WRITE: 'w', Perm.EXECUTE: 'x'}


def parse(text):
    p = Perm.NONE
    for ch in text:
        for flag, letter in LETTERS.items():
            if ch == letter:
                p |= flag
    return p


def render(p):
    return ''.join(LETTERS[f] if f in p else '-' for f in Perm)


class Role(Flag):
    GUEST = auto()
    MEMBER = auto()
    MODERATOR = auto()
    ADMIN = auto()
    STAFF = MODERATOR | ADMIN


GRANTS = {Role.GUEST: Perm.READ, Role.MEMBER: Perm.RW,
          Role.MODERATOR: Perm.RW, Role.ADMIN: Perm.ALL}


def effective(roles):
    p = Perm.NONE
    for r in roles:
        p |= GRANTS[r]
    return p


files = [('notes.txt', 'rw-'), ('run.sh', 'rwx'), ('secret', '---'), ('readme', 'r--')]
for name, text in files:
    p = parse(text)
    print('%-10s %s %-22r %s %d' % (name, render(p), p, p, len(p)))

users = {'ann': Role.GUEST, 'bob': Role.MEMBER | Role.MODERATOR, 'cy': Role.STAFF, 'dee': Role(0)}
for user, roles in users.items():
    p = effective(roles)
    can_run = Perm.EXECUTE in p
    print(user, roles, [r.name for r in roles], render(p), 'exec' if can_run else 'no-exec', bool(roles))

print(Perm.ALL & ~Perm.WRITE, Perm.RW ^ Perm.ALL, ~Perm.NONE is Perm.ALL, Perm(3) is Perm.RW)
print(Role.STAFF in Role.ADMIN, Role.ADMIN in Role.STAFF, list(Role), Role(15))
requests = [('ann', 'w'), ('bob', 'w'), ('cy', 'x'), ('dee', 'r')]
for user, want in requests:
    need = parse(want)
    ok = (effective(users[user]) & need) == need
    print(user, want, 'granted' if ok else 'denied')

# string.Template: substitute/safe_substitute, $name, ${name}, $$, errors, subclass delimiter
from string import Template

t = Template("$who likes ${what}; costs $$5 ($amount)")
print(t.template)
print(t.substitute(who="tim", what="kung pao", amount=3))
print(t.substitute({"who": "ann", "what": "tea", "amount": 1.5}))
print(t.substitute({"who": "ann", "what": "tea", "amount": 1}, who="bob"))
print(t.safe_substitute(who="tim"))
print(t.safe_substitute())
print(Template("$a$b ${a}${b} $a_1 $a-1 $_x").safe_substitute(a=1, b=[2], a_1=None, _x="u"))
print(Template("no placeholders").substitute(), Template("").substitute())
print(Template("${a} $b ${c").safe_substitute(a=1))
print(Template("$ $1 ${ x } $é end$").safe_substitute(x=1))
print(Template("$a $b $a $$c $ ${b}").get_identifiers())
print(Template("$a").is_valid(), Template("$").is_valid(), Template("${a").is_valid(),
      Template("$$").is_valid())

def err(t, *a, **k):
    try:
        print(repr(Template(t).substitute(*a, **k)))
    except (KeyError, ValueError, TypeError) as e:
        print(type(e).__name__, e)

err("$who likes ${what} $$ $", who="tim", what="x")
err("$who ${x", who=1)
err("ab\ncd $1")
err("ab\n$1")
err("a\rb$x y $", x=1)
err("line1\nline2\r\nx $!")
err("$missing")
err("${missing}", {"other": 1})
err("$a $b", {"a": 1}, c=2)
err("$a", None)
err("$a", {"a": 1}, {"b": 2})

class Percent(Template):
    delimiter = "%"
print(Percent("%who owes %{amt} (100%%)").substitute(who="joe", amt="$5"))
class Double(Template):
    delimiter = "<<"
print(Double("<<a << <<<< <<{b} <<").safe_substitute(a=1, b=2))

# a tiny mail merge
form = Template("Dear $name,\nyour order #$id ships on ${day}day.\n")
for rec in [{"name": "Ann", "id": 17, "day": "Mon"}, {"name": "Bo", "id": 18}]:
    print(form.safe_substitute(rec), end="")

"""Built-in rules. Each module of this package holds one family of rules; the registry finds
every :class:`~tqcheck.rules.base.Rule` subclass with a code, so adding a rule touches only its
own module (and its fixture)."""

"""`python -m generator diff`: what a spec change does to the people who use the package.

Reads two specs through the generator's own load/validate/resolve stages, compares them schema
by schema, property by property and operation by operation, and classes every change with a
rule from `rules.RULES`; classes are named as the generator's builder names them (`classes`).
Nothing else in the generator imports this package.
"""

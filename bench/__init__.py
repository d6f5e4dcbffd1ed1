"""`make bench`: the generated code against its peers (see run.py)."""

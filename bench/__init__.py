"""The partnergraph benchmark suite: a generator of synthetic council papers, and the runner.

Not part of ``make test`` (only its smoke test is); run it with ``make bench``.
"""

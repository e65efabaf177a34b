"""``python -m partnergraph`` runs the command line."""

from partnergraph.cli import main

main()

"""One module per command (or command family); each defines ``register(cli)``."""

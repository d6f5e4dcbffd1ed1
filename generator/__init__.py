"""Schema-driven generator: an OpenAPI 3.1 spec -> typed dataclasses, validators and a client."""

__version__ = "0.1.0"

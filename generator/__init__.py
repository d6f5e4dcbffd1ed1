"""Schema-driven generator: OpenAPI 3.1 spec -> typed Python dataclasses, validators and a client."""

__version__ = "0.1.0"

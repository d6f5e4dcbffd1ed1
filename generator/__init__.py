"""Schema-driven generator: an OpenAPI 3.1 spec -> typed dataclasses, validators and a client."""

from generator import validator_settings

__version__ = "0.1.0"

# Before any stage imports openapi-spec-validator: its settings without pydantic (see there).
validator_settings.install()

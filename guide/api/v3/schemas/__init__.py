"""The guide's v3 contract: pydantic schemas for every payload, all named ``Guide...``."""

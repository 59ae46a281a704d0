"""Chinese user-facing messages and prompt templates, loaded from package data."""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files

import yaml


@lru_cache(maxsize=1)
def _messages() -> dict[str, str]:
    text = files("assistant").joinpath("resources/messages.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


def msg(key: str, **kwargs: object) -> str:
    template = _messages()[key]
    return template.format(**kwargs) if kwargs else template

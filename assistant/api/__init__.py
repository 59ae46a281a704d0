"""The HTTP side: a JSON API, an OpenAI-compatible endpoint, and the Gradio pages."""

from assistant.api.app import create_app
from assistant.api.openai import MODEL_ID

__all__ = ["MODEL_ID", "create_app"]

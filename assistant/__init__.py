"""zone-assistant: Chinese Q&A over development-zone policy documents, with citations."""

__version__ = "0.1.0"

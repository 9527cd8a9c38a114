"""briefgen: sourced campaign content in, print-ready briefing packs out."""

__version__ = "0.1.0"

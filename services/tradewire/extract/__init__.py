"""Pure extraction: article -> event mentions (actors, types, dates, sides)."""

from tradewire.extract.events import extract_mentions

__all__ = ["extract_mentions"]

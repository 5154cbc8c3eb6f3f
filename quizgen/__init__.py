"""quizgen: turn one news article into facts, questions, an Anki deck and a printable worksheet."""

__version__ = "0.1.0"

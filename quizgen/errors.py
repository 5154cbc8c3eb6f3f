"""The one error type users see: its message is printed as a single line by the CLI."""


class QuizgenError(Exception):
    """A problem with the user's input or environment, worded for the user."""

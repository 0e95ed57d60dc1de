"""quizapp: reading-comprehension quizzes built from news articles."""
__version__ = "0.1.0"

"""The generator's extraction step: article text in, `Facts` out (quotes, organisations' statements,
affiliations, figures)."""
from __future__ import annotations

from quizapp.generate.facts import Facts


def extract_facts(text: str) -> Facts:
    """Extract who said what, who belongs where and which figures an article states.

    Offsets in the result index `text` exactly as given. Loads spaCy on first use.
    """
    from quizapp.generate.article import Article
    from quizapp.generate.figures import extract_figures
    from quizapp.generate.quotes import extract_statements

    if not text.strip():
        return Facts()
    article = Article.read(text)
    quotes, statements = extract_statements(article)
    return Facts(
        quotes=quotes,
        statements=statements,
        affiliations=article.affiliations,
        figures=extract_figures(article),
    )

"""Drafting a pack from entertainment-news articles about one season.

Pure Python like quiz.core (no Flask, no SQLAlchemy), but kept apart from it because it loads
trafilatura, dateparser and spaCy, which the game itself never needs.

    article = read_article(raw_text_or_html, url="https://...")
    draft = draft_pack([article, ...])      # Draft: data, evidence, conflicts
    text = draft_yaml(draft)                 # pack YAML with each fact's evidence beside it
"""

from .draft import Article, ArticleError, Draft, Evidence

__all__ = ["Article", "ArticleError", "Draft", "Evidence", "draft_pack", "draft_yaml", "read_article"]


def read_article(raw: str | bytes, *, url: str = "") -> Article:
    from .article import read_article as read

    return read(raw, url=url)


def draft_pack(articles: list[Article]) -> Draft:
    from .merge import draft_pack as draft

    return draft(articles)


def draft_yaml(draft: Draft) -> str:
    from .dump import draft_yaml as dump

    return dump(draft)

"""Pure game logic: pack parsing, question generation and scoring.

Nothing in this package imports Flask or SQLAlchemy, so it can be tested and
benchmarked without an app.
"""

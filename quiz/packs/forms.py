"""The shelf's search and filters: a GET form, so every result is a link that can be shared."""

from __future__ import annotations

from wtforms import Form, SearchField, SelectChoice, SelectField

from .shelf import QUERY_MAX, SORTS


class ShelfForm(Form):
    q = SearchField(
        "Search",
        description="a show, an actor or a character",
        render_kw={"maxlength": QUERY_MAX, "autocomplete": "off"},
    )
    network = SelectField("Network", choices=[SelectChoice("", "Any network")])
    year = SelectField("Year", choices=[SelectChoice("", "Any year")])
    sort = SelectField("Sort by", choices=[SelectChoice(v, label) for v, label in SORTS.items()], default="show")

    def offer(self, networks: list[str], years: list[str]) -> None:
        """Fill the filters with what the shelf holds; a value it doesn't hold filters nothing."""
        self.network.choices = [SelectChoice("", "Any network"), *(SelectChoice(n, n) for n in networks)]
        self.year.choices = [SelectChoice("", "Any year"), *(SelectChoice(y, y) for y in years)]
        for field, values in ((self.network, networks), (self.year, years)):
            if field.data not in values:
                field.data = ""
        if self.sort.data not in SORTS:
            self.sort.data = "show"

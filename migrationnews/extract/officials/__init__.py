"""Extract :class:`~migrationnews.records.Official` records: named office-holders.

A sentence names an official in a few shapes, all read around an office word of
``rules/titles.tsv`` ("President", "Gov.", "secretary", "migration head"):

- the title before the name: "Mexican President Claudia Sheinbaum", "Texas Gov. Greg
  Abbott", "Oklahoma Republican Sen. Jim Lankford", "the acting commissioner, Troy Miller";
- an appositive after the name: "Alejandro N. Mayorkas, secretary of homeland security,";
- "X, who heads Y" and the congressional tag "Sen. X, R-Okla.";
- a counterpart: "... and his Honduran counterpart Ana María Ruiz";
- a name of the dated office-holder gazetteer (:mod:`migrationnews.offices`) written
  without a title ("Joe Biden said", "the Trump administration").

Every later mention of a person (surname, "Mr. Blinken", "the president" when one
president is named) joins the same record. The country comes from the title's adjective,
possessive or state ("Mexico's", "Texas Gov."), else the gazetteer at the publication
date, else the office word's hint ("Sen." is a US title). Fields taken from the
gazetteer are named in :attr:`Official.inferred`; a title is taken from it only when a
sentence naming the person also names that office (a name alone names no office). An
appositive post replaces a bare office word before the name ("Rep. Jo Ray of Texas, the
House minority leader," is the House Minority Leader).

>>> from migrationnews.text import Document
>>> import datetime as dt
>>> doc = Document.of("Texas Gov. Greg Abbott spoke. Later Abbott left.", dt.date(2023, 12, 27))
>>> [(o.name, o.title, o.country, len(o.spans)) for o in extract(doc)]
[('Greg Abbott', 'Governor', 'US', 2)]

The package's private modules, each owning one part (a module imports only those above it):

* ``_vocabulary``: the closed word classes (words that are never names, name particles,
  small words) and the title vocabulary of ``rules/titles.tsv``;
* ``_reading``: a sentence read into tokens and the vocabulary's marks on them, and the
  :class:`_Reader` that reads each sentence once, when a pass needs it;
* ``_names``: names read forwards and backwards from a token, surnames, and whether two
  written names may be one person;
* ``_phrases``: the title phrase around an office word, its qualifiers and complement,
  and whether it names a public office;
* ``_mentions``: one sentence's mentions of people, in each shape the text names them
  (a title before the name, an appositive after it, a list, a party tag, "who heads");
* ``_merging``: mentions grouped into people across the article, and the later mentions
  by surname or by office alone ("the president");
* ``_resolution``: a person's title and country from their mentions, the office-holder
  gazetteer, the sentence's frame and the dateline, into an :class:`Official`;
* ``_spanish``: Spanish office phrases beside a name;
* ``_extractor``: :func:`extract`, the passes in order.
"""

from __future__ import annotations

from migrationnews.extract.officials._extractor import extract
from migrationnews.records import Official

RECORD = Official
NEEDS = ()  # reads the text alone

__all__ = ["NEEDS", "RECORD", "extract"]

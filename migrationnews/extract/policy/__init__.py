"""Extract :class:`~migrationnews.records.PolicyAction` records: what governments do.

A policy action is read from a verb and its object ("signed a law", "closing the port of
entry", "took the rule to a federal court"; the object may come first: "the orders Trump
signed", "the bill, which passed the House"), or from a noun phrase that names a
measure on its own ("the supplemental budget request"), with its maker ("Trump's asylum
ban") or with the country it targets ("tariffs on Mexican goods"). Which verb class with which
object class states which kind of action is data (``rules/policy_rules.tsv``); the verbs,
objects, bodies and modality words are data too (``rules/policy_*.tsv``).

For each action the extractor reads

- its status, in one lifecycle reading (:func:`_status`): from the words before the verb
  ("plans to", "if": planned; "will", "is going to" in reported speech: announced;
  "announced plans to": announced; "continues to": ongoing), from the verb's tense ("has
  spent" on an activity: ongoing; a present tense after its plural subject: ongoing, or
  done in a headline; "Texas to deploy" in a headline: as "will"), from a verb that ends it
  ("stopped issuing visas": reversed), and from a court acting on it ("was challenged in
  court", a ruling later in the article: challenged); an agreement someone reports is
  announced; a closure later undone ("crossings have reopened") is reversed; negated,
  merely wished-for or generic actions ("did not sign", "more controls are needed",
  "migrants are often detained", "can be deported"), what a measure lets someone do ("the
  law would let police arrest migrants"), one person arrested or deported ("a migrant was
  detained"), opinions on a measure ("deporting them will not help") and tallies of what
  was done ("arrested 15,000 migrants", but not "plans to deport 3,000") are dropped;
- its actor: the official (by surname) or body that is the verb's subject (also after a
  group noun: "a handful of House members"; a list as written: "Mexico and Guatemala";
  past an aside that describes it: "Judge Cobb, a Biden appointee, granted"), the
  possessor of a measure ("Biden's request", "Panama's plan to"), else the agent of a
  passive ("blocked by a federal judge"), else None; a phrase that refers back names
  whom it refers to ("the country", "the state", "the department", "the president",
  "his country": the official who speaks for it); an official who says what his own
  country will do is the actor; a court acts only by ruling, and never sues; an action
  whose sentence names no actor takes the last action's, a few sentences back at most;
  governments that launch a measure together ("Chile, Peru and Bolivia will launch") made
  an agreement, and a deal legislators strike is a bill; a force is the country named
  with it, before or after ("Mexican police", "the government of Honduras", "las
  autoridades mexicanas"); "the two countries" are the last two named; "according to",
  "said" or "on the orders of" before a name makes it the source or agent; the words that
  refer back or decide these are data too (``rules/policy_references.tsv``, per language),
  and a Spanish article's actors and countries are named in Spanish ("México");
- its place: for an agreement, the jurisdiction of the party that agrees; else the first
  place in or just after the phrase (not where migrants are headed; a border as written,
  "the Guatemalan border"; the country a sanction targets, "tariffs on Mexican goods"),
  else one named before it, else a border closed or reopened ("shut down the border"), else
  the jurisdiction of its actor (an official's state or country, a country or state
  acting), else the article's dateline; a challenge to "the measure", a measure named
  again ("pause the tariffs") or a reopening takes the place of the measure or closure
  it refers to; a place is named as written with what locates it ("Lukeville, Arizona",
  "border with Chile"), never where a court appealed to sits; an action still placed
  nowhere is where the last action is, else in the country the article is about;
- its date: the date expression nearest it in its sentence (:mod:`migrationnews.dates`);
- its evidence: the verb through its object, extended over the action's purpose
  ("signed a law authorizing police to arrest migrants" is one action, not two).

The same action named twice in a sentence, or again later by the same measure ("the
declaration", "the lawsuit"), is one record; a headline or caption yields to the body's
statement; a plan and the plan carried out are two, as are an action done and a further
step announced later. Every lookup is a trie pattern or a bisection, and every lookback
is bounded, so extraction is linear in the text.

>>> import datetime as dt
>>> from migrationnews.text import Document
>>> doc = Document.of("In Texas, Gov. Greg Abbott signed a law on Monday.", dt.date(2023, 12, 27))
>>> [(a.kind.value, a.evidence, a.actor, a.place.name, a.status.value) for a in extract(doc)]
[('law', 'signed a law', 'Abbott', 'Texas', 'enacted')]

The package's private modules, each owning one part (a module imports only those
above it; a constant lives in the first module whose code uses it):

* ``_rules``: the rule data of ``rules/policy_*.tsv``, loaded once per language, and the
  vocabularies compiled once into trie patterns;
* ``_candidates``: finding a sentence's candidate actions: verbs with their objects, measures
  named by a noun phrase, tallies and modality words; one action per phrase;
* ``_status``: the lifecycle reading of an action (:func:`_status`);
* ``_mentions``: who and what a sentence names that may act, what refers back resolved,
  and the sentence's context (mentions, candidates, dates);
* ``_actor``: the actor of an action (:func:`_actor`): subject, possessor, agent or speaker;
* ``_place``: the place of an action (:func:`_place`) and the article's setting (dateline,
  officials' jurisdictions);
* ``_merging``: the article's actions across sentences: carried actors, reversed closures,
  places by referent, and deduplication;
* ``_extractor``: :func:`extract`, one sentence's actions read whole, court-only actions.
"""

from __future__ import annotations

from migrationnews.extract.policy._extractor import extract
from migrationnews.records import Official, PolicyAction

__all__ = ["NEEDS", "RECORD", "extract"]

RECORD = PolicyAction
NEEDS = (Official,)  # the actor and its jurisdiction: the officials of the article

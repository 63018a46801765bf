"""Temporal tagging: find temporal expressions and normalize them to TIMEX3 values.

Rule-based, in the tradition of HeidelTime: each rule is a regular expression plus a normalizer
that turns the match into a TIMEX3 ``type`` and ``value`` against the document creation time (DCT).
Granularity is kept (``2014`` stays a year); a month or weekday without a year is placed by the
tense of its clause (past: the most recent one before the DCT, future: the next one) and flagged
``year_inferred``. Candidates of all rules are collected first and the longest wins, so rules stay
independent of each other.

The modules, in the order they build on each other: ``vocab`` (the words), ``tense`` (the clause
around a date), ``dates`` (date arithmetic, calendar ranges), ``engine`` (the rule registry),
``rules`` (the rules), ``scan`` (running them fast), ``tagger`` (choosing and resolving matches).
"""
from .dates import calendar_range, count_from
from .tagger import TYPES, Timex, tag
from .vocab import MONTHS, WEEKDAYS

__all__ = ["Timex", "tag", "calendar_range", "count_from", "TYPES", "MONTHS", "WEEKDAYS"]

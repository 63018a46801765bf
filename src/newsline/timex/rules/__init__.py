"""The rules, one normalizer each: a match in, a TIMEX3 ``(type, value[, year_inferred[, mod]])`` out,
or None to reject it. Importing the modules registers their rules, in this order: the order is the
priority between matches of the same length."""
from . import absolute, relative, spans, clock, references  # noqa: F401

__all__ = ["absolute", "relative", "spans", "clock", "references"]

"""Finding the rule matches fast: each rule runs only in token windows around its keys, on the
case-folded text without re.I, and finds exactly what running it over the whole text finds."""
from __future__ import annotations

import re
from itertools import filterfalse, islice
from typing import Callable, Iterator

from .vocab import _any_of, _fold
from . import rules  # noqa: F401  (registers every rule)
from .engine import RULES, _KEYED, _Key, _LITERALS


_KEYS_IN: dict[str, tuple[tuple[str, int, int], ...]] = {}  # a word of the texts seen holding keys -> them
_NO_KEYS: set[str] = set()  # the words of the texts seen that hold none (most words)


def _keys_in(word: str) -> tuple[tuple[str, int, int], ...]:
    """The literal keys in ``word`` (keys hold no whitespace) with their spans in it. The whitespace
    around a word is no ``\\w``: the answer holds wherever the word occurs."""
    if not _ANY_LITERAL.search(word):
        return ()
    out = []
    for key, lit in _LITERALS.items():
        starts, ends = key.startswith("\\b"), key.endswith("\\b")
        i = word.find(lit)
        while i >= 0:
            j = i + len(lit)
            if not (starts and i and (word[i - 1].isalnum() or word[i - 1] == "_") or  # re's \w
                    ends and j < len(word) and (word[j].isalnum() or word[j] == "_")):
                out.append((key, i, j))
            i = word.find(lit, i + 1)
    return tuple(out)


def _occurrences(low: str) -> dict[_Key, list[tuple[int, int]]]:
    """Spans of the keys in the folded text, in order, per key that occurs. The literal ones are
    looked up per distinct word (the words known to hold none are dropped before the set is built:
    half the cost of a set difference), and only the words holding one are located in the text:
    much cheaper than searching the text once per key or splitting it with offsets."""
    found: dict[_Key, list[tuple[int, int]]] = {}
    size = len(low)
    for word in set(filterfalse(_NO_KEYS.__contains__, low.split())):
        keys = _KEYS_IN.get(word)
        if keys is None:
            if len(_KEYS_IN) + len(_NO_KEYS) > 200_000:  # a bounded cache
                _KEYS_IN.clear()
                _NO_KEYS.clear()
            keys = _keys_in(word)
            if not keys:
                _NO_KEYS.add(word)
                continue
            _KEYS_IN[word] = keys
        n = len(word)
        at = low.find(word)
        while at >= 0:
            if (not at or low[at - 1].isspace()) and (at + n == size or low[at + n].isspace()):
                for key, a, b in keys:
                    found.setdefault(key, []).append((at + a, at + b))
                at = low.find(word, at + n)
            else:
                at = low.find(word, at + 1)  # inside a longer word
    for spans in found.values():
        spans.sort()  # each word was located in turn
    for rx in _PATTERN_KEYS:
        spans = [m.span() for m in rx.finditer(low)]
        if spans:
            found[rx] = spans
    return found


def _merged(windows: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The ``windows`` sorted, the overlapping ones joined."""
    if len(windows) == 1:
        return windows
    windows.sort()
    out = [windows[0]]
    for a, b in islice(windows, 1, None):
        if a < out[-1][1]:
            if b > out[-1][1]:
                out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def _matches(text: str) -> Iterator[tuple[int, re.Match]]:
    """``(rule index, match)`` of every rule in ``text``, as ``finditer`` over all of it would give
    them, scanning only the windows around each rule's keys, on the folded text."""
    low = _fold(text)
    rev = low[::-1]
    n = len(low)
    windows: dict[int, list[tuple[int, int]]] = {}  # rule index -> the windows around its keys
    for key, spans in _occurrences(low).items():
        for left, right, prios in _KEY_RULES[key]:
            around = [(n - left(rev, n - a).end(), right(low, b).end()) for a, b in spans]
            for prio in prios:
                windows.setdefault(prio, []).extend(around)
    for prio in sorted(windows):
        r = RULES[prio]
        src = low if r.scan is not r.rx else text
        for ws, we in _merged(windows[prio]):
            if r.needs is not None and r.needs.search(low, ws, we) is None:
                continue
            for m in r.scan.finditer(src, ws, we):
                if src is not text:
                    m = r.rx.match(text, m.start())  # the original's capitals
                if m is not None:  # never crash on input: a miss here is caught by the speed-path tests
                    yield prio, m


def _matches_everywhere(text: str) -> Iterator[tuple[int, re.Match]]:
    """What :func:`_matches` must equal: every rule over the whole text (the reference of the tests)."""
    return ((prio, m) for prio, r in enumerate(RULES) for m in r.rx.finditer(text))


_ANY_LITERAL = _any_of(set(_LITERALS.values()))  # all rules are registered by now
_PATTERN_KEYS = tuple(k for k in _KEYED if not isinstance(k, str))
_EXTENT_RULES = frozenset(p for p, r in enumerate(RULES) if "x" in r.rx.groupindex)  # see rule()


def _by_reach(prios: list[int]) -> tuple[tuple[Callable, Callable, tuple[int, ...]], ...]:
    """The rules ``prios`` grouped by their left and right reach: the rules of a group share the windows
    around a key, found once."""
    groups: dict[tuple[int, int], list[int]] = {}
    for p in prios:
        groups.setdefault((id(RULES[p].left), id(RULES[p].right)), []).append(p)
    return tuple((RULES[ps[0]].left.match, RULES[ps[0]].right.match, tuple(ps)) for ps in groups.values())


# key -> (left reach, right reach, the rules of that reach) of the rules it is a key of: per occurrence
_KEY_RULES = {k: _by_reach(ps) for k, ps in _KEYED.items()}

"""The little language of `data/triggers.json`, compiled to regexes.

A pattern is tokens joined by spaces: a regex fragment, a word class `{NAME}`, or a gap `~N`
(up to N words, default 5, not across "if" or "unless"). Verb classes hold base forms and
match every inflection; they compile to a trie-shaped alternation ("impose|imposed|imposes"
-> "impose(?:d|s)?"), which Python's regex engine tries far faster than a flat list. Patterns
run on lower-cased text, so they are compiled case-sensitively from lower-cased sources
(escapes like \\W untouched); a fragment that must see capitals opts back in with `(?-i:...)`
and marks the pattern `cased`, which then runs on the original text with IGNORECASE.
"""

from __future__ import annotations

import re

_MACRO = re.compile(r"\{([A-Z]+)\}")
_GAP = re.compile(r"~(\d*)")
_GAP_WORD = r"[\w'\u2019\u2013%$.,()*\u201c\u201d\"-]+"  # a word a gap may skip: no ';' or ':'
# (nor a condition: "would prepare a response if the tariff was imposed" joins no verb to its
# object across "if"; nor a new speaker: "No duties have been imposed, and GAFT said any duties
# would ...")
_NOT_IF = r"(?!(?:if|unless|said|says)\s)"
_SEPARATOR = r",?\s+"  # between tokens: white space, after a comma perhaps ("suspend, for")
_OPTIONAL = re.compile(r" \)(?:\?|\*|\{\d*,?\d*\})$")  # "(?:the )?" brings its own space
_LETTERS = re.compile(r"\\.|[A-Z]")

Trie = dict[str, "Trie"]


def inflect(verb: str, irregular: dict[str, list[str]]) -> list[str]:
    """Every form of a (possibly multi-word) verb: "roll back" -> "rolled back", ..."""
    head, _, rest = verb.partition(" ")
    if head.endswith("e"):
        forms = [head, head + "s", head + "d", head[:-1] + "ing"]
    elif head.endswith("y") and head[-2:-1] not in "aeiou":
        forms = [head, head[:-1] + "ies", head[:-1] + "ied", head + "ing"]
    elif head.endswith(("s", "sh", "ch", "x", "z")):
        forms = [head, head + "es", head + "ed", head + "ing"]
    else:
        forms = [head, head + "s", head + "ed", head + "ing"]
    return [f"{form} {rest}".strip() for form in dict.fromkeys(forms + irregular.get(head, []))]


def trie(words: list[str]) -> str:
    """Literal words -> one regex shaped like a trie; a space matches any white space."""
    root: Trie = {}
    for word in words:
        node = root
        for char in word.lower():
            node = node.setdefault(char, {})
        node[""] = {}
    return _branch(root)


def _branch(node: Trie) -> str:
    alternatives = [(r"\s+" if c == " " else re.escape(c)) + _branch(child)
                    for c, child in sorted(node.items()) if c]
    if not alternatives:
        return ""
    group = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
    if len(alternatives) == 1 and len(group) > 1 and not group.startswith("(?:"):
        group = "(?:" + group + ")"
    return f"{group}?" if "" in node else group


def lowered(source: str) -> str:
    """A regex source for lower-cased text: letters down, escapes (\\W, \\S) kept."""
    return _LETTERS.sub(lambda m: m.group() if m.group().startswith("\\") else m.group().lower(),
                        source)


def spaced(fragment: str) -> str:
    """A literal space in a fragment stands for any run of white space."""
    return fragment.replace(" ", r"\s+")


def alternation(items: list[str]) -> str:
    return "(?:" + "|".join(sorted(items, key=len, reverse=True)) + ")"


def _tokens(text: str) -> list[str]:
    """Split on the spaces outside parentheses: "(?:\\w+ ){0,3}x" stays one token."""
    tokens: list[str] = []
    depth, current = 0, ""
    for char in text:
        depth += (char == "(") - (char == ")")
        if char == " " and depth == 0:
            tokens, current = ([*tokens, current] if current else tokens), ""
        else:
            current += char
    return [*tokens, current] if current else tokens


def compile_pattern(text: str, macros: dict[str, str]) -> re.Pattern[str]:
    """Tokens joined by white space; a gap token brings its own."""
    body = ""
    for token in _tokens(text):
        gap = _GAP.fullmatch(token)
        if gap:
            body += rf"(?:{_NOT_IF}{_GAP_WORD}\s+){{0,{int(gap.group(1) or 5)}}}?"
        else:
            piece = _MACRO.sub(lambda m: macros[m.group(1)], spaced(token))
            body += piece if _OPTIONAL.search(token) else piece + _SEPARATOR
    body = rf"(?<![\w-]){body.removesuffix(_SEPARATOR)}(?![\w-])"
    if "(?-i:" in body:
        return re.compile(body, re.IGNORECASE)
    return re.compile(lowered(body))

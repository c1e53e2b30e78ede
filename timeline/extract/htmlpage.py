"""The article text of an HTML page, in time linear in the page whatever its markup.

`page_text` parses a page with selectolax (lexbor), keeps the article body
(``<article>``, ``<main>``, else the element holding the most paragraph text),
drops navigation and scripts, and reads the metadata (title, url, published,
site). An HTML5 tree builder does work proportional to the depth of the open
elements at each tag (scope checks, and the reconstruction of unclosed
formatting elements), so 100,000 nested ``<div>`` would take minutes. Browsers
stop nesting at 512 levels; `capped` does the same before the page reaches
the parser: a linear scan that follows the tree builder's stack (conservatively:
it never counts fewer open elements than the parser holds, within a constant)
and leaves out a start tag that would nest deeper than `MAX_DEPTH`, more than
`MAX_FORMATTING` unclosed formatting elements, or options past `MAX_OPTIONS` in
one list, with their end tags. Their text stays; a block tag left out becomes a
line break.
"""

from __future__ import annotations

import re
from collections import Counter

from selectolax.lexbor import LexborHTMLParser as HTMLParser

#: Deepest nesting of elements passed to the parser (browsers: 512; pages in the wild: under 100).
MAX_DEPTH = 256
#: Most formatting elements (b, i, a, font…) left open at once.
MAX_FORMATTING = 48
#: Most options in one list (the parser's options are quadratic in their number).
MAX_OPTIONS = 1000

DROP_TAGS = "script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, button, select"
_BLOCK = re.compile(r"<(/?)(p|div|br|h[1-6]|li|tr|section|article|blockquote|pre|figcaption)\b", re.I)

_VOID = frozenset(
    "area base basefont bgsound br col embed frame hr img input keygen link meta param source track wbr".split()
)
_FORMATTING = frozenset("a b big code em font i nobr s small strike strong tt u".split())
#: Elements whose content is text up to their end tag (outside SVG and MathML).
_RAW_TEXT = frozenset("script style xmp iframe noembed noframes textarea title".split())
#: Where a search of the open elements for an end tag's element stops (the spec's default scope).
_SCOPE = frozenset(
    "applet caption html table td th marquee object template "
    "mi mo mn ms mtext annotation-xml foreignobject desc title".split()
)
_BUTTON_SCOPE = _SCOPE | {"button"}
_LIST_SCOPE = _SCOPE | {"ol", "ul"}
_TABLE_SCOPE = frozenset({"html", "table", "template"})
_SPECIAL = _SCOPE | frozenset(
    "address area article aside base basefont bgsound blockquote body br button center col colgroup dd "
    "details dialog dir div dl dt embed fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 "
    "h6 head header hgroup hr iframe img input keygen li link listing main menu meta nav noembed noframes "
    "noscript ol p param plaintext pre script search section select source style summary tbody textarea "
    "tfoot thead tr track ul wbr xmp".split()
)
_HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())
#: Block-level starts that close an open paragraph.
_CLOSES_P = frozenset(
    "address article aside blockquote center details dialog dir div dl fieldset figcaption figure footer "
    "header hgroup main menu nav ol p search section summary ul h1 h2 h3 h4 h5 h6 pre listing form hr xmp "
    "plaintext".split()
)
#: A start tag that closes the element on top of the stack when it is one of these.
_CLOSES_TOP = {"li": {"li"}, "dd": {"dd", "dt"}, "dt": {"dd", "dt"}, "option": {"option"},
               "optgroup": {"option", "optgroup"}, "tr": {"tr", "td", "th"}, "td": {"td", "th"}, "th": {"td", "th"}}
_LINE_BREAK_TAGS = frozenset(
    "address article aside blockquote center details dialog div dl dd dt fieldset figcaption figure footer "
    "header h1 h2 h3 h4 h5 h6 li main nav ol p pre section table tr ul".split()
)
#: HTML start tags that leave SVG and MathML content.
_BREAKOUT = frozenset(
    "b big blockquote body br center code dd div dl dt em embed h1 h2 h3 h4 h5 h6 head hr i img li listing "
    "menu meta nobr ol p pre ruby s small span strong strike sub sup table tt u ul var".split()
)
_INTEGRATION = frozenset({"foreignobject", "desc", "title", "mi", "mo", "mn", "ms", "mtext", "annotation-xml"})
_WHITE = "\t\n\f\r "
_MARKUP = re.compile(r"<(?:(/?)([A-Za-z][^\t\n\f\r />]*)|!--|!|\?|/)")
_BETWEEN = re.compile(r"[\t\n\f\r /]*")
_ATTR_NAME = re.compile(r"=?[^\t\n\f\r />=]*")
_EQUALS = re.compile(r"[\t\n\f\r ]*=[\t\n\f\r ]*")
_UNQUOTED = re.compile(r"[^\t\n\f\r >]*")
_COMMENT = re.compile(r"<!--(?:>|->|.*?(?:-->|--!>))", re.S)
_RAW_END: dict[str, re.Pattern[str]] = {name: re.compile(rf"</{name}[\t\n\f\r />]", re.I) for name in _RAW_TEXT}


def _tag_end(html: str, pos: int) -> tuple[int, bool] | None:
    """The offset just after the ``>`` that ends the tag whose attributes start at `pos`, and
    whether the tag closes itself (``/>``); None when the page ends inside the tag (then nothing
    after it is markup)."""
    n = len(html)
    while True:
        between = pos
        pos = _BETWEEN.match(html, pos).end()
        if pos >= n:
            return None
        if html[pos] == ">":
            return pos + 1, pos > between and html[pos - 1] == "/"
        pos = _ATTR_NAME.match(html, pos).end()
        equals = _EQUALS.match(html, pos)
        if not equals:
            continue
        pos = equals.end()
        if pos < n and html[pos] in "\"'":
            close = html.find(html[pos], pos + 1)
            if close < 0:
                return None
            pos = close + 1
        else:
            pos = _UNQUOTED.match(html, pos).end()


class _Stack:
    """The open elements as the tree builder would hold them, at least (name, in SVG/MathML)."""

    def __init__(self) -> None:
        self.open: list[tuple[str, bool]] = []
        self.formatting: Counter[str] = Counter()  #: formatting elements passed and not yet ended
        self.options = 0  #: options passed in the innermost open list
        self.left_out: Counter[str] = Counter()  #: start tags left out whose end tag has not come

    def foreign(self) -> bool:
        return bool(self.open) and self.open[-1][1] and self.open[-1][0] not in _INTEGRATION

    def start(self, name: str, self_closing: bool) -> bool:
        """Whether the start tag may pass; a passed one is pushed."""
        foreign = (self.foreign() and name not in _BREAKOUT) or name in ("svg", "math")
        if name in _VOID or (self_closing and foreign):
            return True
        if not foreign:
            if name == "option" or name == "optgroup":
                self.options += 1
            if name in _CLOSES_P and self.open and self.open[-1][0] == "p":
                self.open.pop()
            elif self.open and self.open[-1][0] in _CLOSES_TOP.get(name, ()):
                self.open.pop()
        too_many = (name in _FORMATTING and self.formatting.total() >= MAX_FORMATTING) or (
            name in ("option", "optgroup") and self.options > MAX_OPTIONS
        )
        if len(self.open) >= MAX_DEPTH or too_many:
            self.left_out[name] += 1
            return False
        if name == "select":
            self.options = 0
        if name in _FORMATTING:
            self.formatting[name] += 1
        self.open.append((name, foreign))
        return True

    def end(self, name: str) -> bool:
        """Whether the end tag may pass (not one of a start tag left out); pops what it closes."""
        if self.left_out[name]:
            self.left_out[name] -= 1
            return False
        at = self._closed_by(name)
        if at is not None:
            del self.open[at:]
            if name in _FORMATTING:  # the parser forgets only this one (those above stay to reopen)
                self.formatting[name] -= 1
        return True

    def _closed_by(self, name: str) -> int | None:
        """The index of the open element that the end tag closes (with all above it), or None
        when the parser might not pop it (so the stack never counts fewer than the parser's)."""
        if self.foreign():
            for i in range(len(self.open) - 1, -1, -1):
                if not self.open[i][1]:
                    return None
                if self.open[i][0] == name:
                    return i
            return None
        if name in _FORMATTING or name not in _SPECIAL:
            boundary = _SPECIAL
        elif name in ("table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption", "colgroup"):
            boundary = _TABLE_SCOPE
        elif name == "p":
            boundary = _BUTTON_SCOPE
        elif name == "li":
            boundary = _LIST_SCOPE
        elif name == "form":
            return None
        else:
            boundary = _SCOPE
        wanted = _HEADINGS if name in _HEADINGS else {name}
        for i in range(len(self.open) - 1, -1, -1):
            current = self.open[i][0]
            if current in wanted:
                return i
            if current in boundary:
                return None
        return None


def capped(html: str) -> str:
    """`html` with the start tags (and their end tags) that would nest deeper than `MAX_DEPTH`
    left out, and unclosed formatting and options past their limits; unchanged otherwise."""
    stack, out = _Stack(), []
    pos, copied, n = 0, 0, len(html)
    while (m := _MARKUP.search(html, pos)) is not None:
        at = m.start()
        token = m.group()
        if token == "<!--":
            comment = _COMMENT.match(html, at)
            if comment is None:
                break
            pos = comment.end()
            continue
        if m.group(2) is None:  # <!doctype>, <?…>, </ …>: a bogus comment up to the next >
            close = html.find(">", m.end())
            if close < 0:
                break
            pos = close + 1
            continue
        ended = _tag_end(html, m.end())
        if ended is None:
            break
        end, self_closing = ended
        name = m.group(2).lower()
        kept = stack.end(name) if m.group(1) else stack.start(name, self_closing)
        if not kept:
            out.append(html[copied:at])
            out.append("\n" if name in _LINE_BREAK_TAGS else "")
            copied = end
        pos = end
        if not m.group(1) and kept and name in _RAW_TEXT and not stack.open[-1][1]:
            raw_end = _RAW_END[name].search(html, end)
            if raw_end is None:
                break
            pos = raw_end.start()
        elif not m.group(1) and kept and name == "plaintext" and not stack.foreign():
            break
    if copied == 0:
        return html
    out.append(html[copied:n])
    return "".join(out)


def page_text(html: str) -> tuple[str, dict[str, str]]:
    """The article text of an HTML page and its metadata (title, url, published, site)."""
    tree = HTMLParser(capped(html))
    meta: dict[str, str] = {}
    for node in tree.css("meta"):
        key = (node.attributes.get("property") or node.attributes.get("name") or "").lower()
        value = (node.attributes.get("content") or "").strip()
        if key and value:
            meta.setdefault(key, value)
    title_node = tree.css_first("title")
    info = {
        "title": meta.get("og:title") or (title_node.text(strip=True) if title_node else ""),
        "url": meta.get("og:url", ""),
        "published": meta.get("article:published_time") or meta.get("date") or meta.get("pubdate", ""),
        "site": meta.get("og:site_name", ""),
    }
    for node in tree.css(DROP_TAGS):
        node.decompose()
    body = tree.css_first("article") or tree.css_first("main") or _largest_block(tree)
    if body is None:
        return "", info
    marked = HTMLParser(_BLOCK.sub(lambda m: "\n<" + m.group(1) + m.group(2), body.html or ""))
    root = marked.body or marked.root
    return (root.text(separator="") if root else ""), info


def _largest_block(tree: HTMLParser):
    """The div, section or td whose own paragraphs hold the most text (the first of equals), else
    the body: one walk of the tree, each paragraph's text counted once."""
    if tree.body is None:
        return None
    lengths = _text_lengths(tree.body)
    best, best_len = None, 0
    for node in tree.css("div, section, td"):
        length = sum(lengths.get(c.mem_id, 0) for c in _children(node) if c.tag == "p")
        if length > best_len:
            best, best_len = node, length
    return best or tree.body


def _children(node):
    child = node.child
    while child is not None:
        yield child
        child = child.next


def _text_lengths(root) -> dict[int, int]:
    """The length of the stripped text of every paragraph under `root`, as ``p.text(strip=True)``
    gives it, by the paragraph's ``mem_id``: subtree sums in one post-order walk."""
    totals: dict[int, int] = {}
    lengths: dict[int, int] = {}
    stack = [(root, False)]
    while stack:
        node, done = stack.pop()
        if not done:
            stack.append((node, True))
            stack.extend((c, False) for c in _children(node))
            continue
        if node.tag == "-text":
            own = len((node.text_content or "").strip())
        else:
            own = sum(totals.pop(c.mem_id, 0) for c in _children(node))
        totals[node.mem_id] = own
        if node.tag == "p":
            lengths[node.mem_id] = own
    return lengths

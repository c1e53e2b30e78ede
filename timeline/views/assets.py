"""Front-end files served locally instead of from CDNs: folium's, npm packages' and our own.

Every asset has a local address under ``/app/static/`` (where Streamlit serves the ``static/``
folder beside the app's script) and a source inside installed packages: ``folium-offline``
ships the text of every asset folium links to, keyed by its CDN address; the package's build
copies the npm packages that ``package.json`` names (``package-lock.json`` pins them) into
``web/vendor/``; this project's own scripts are in ``web/``. `localize` points a map's elements
at local addresses and, given the app's static folder, writes the files there at first use
(`publish`, `publish_npm` under ``npm/<package>@<version>/``, `publish_own` under a name made
of its content, so that no browser keeps an old copy; `publish_joined` writes several local
scripts as one); `inline_html` turns a map into one self-contained page from the sources alone.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import folium
from branca.element import MacroElement
from folium.elements import JSCSSMixin
from folium.template import Template

WEB_DIR = Path(__file__).resolve().parent / "web"
VENDOR_DIR = WEB_DIR / "vendor"
URL_PREFIX = "/app/static/"
ASSET_SUBDIR = "map-assets"
NPM_SUBDIR = "npm"
OWN_SUBDIR = "web"
# Bootstrap, glyphicons, Font Awesome and awesome-markers only serve folium's
# Icon/popup styling, and jQuery only folium's plugins, which our maps do not use:
# leaving them out saves ~1.3 MB and a script to parse on every map.
UNUSED = ("bootstrap", "glyphicons", "awesome", "fontawesome", "jquery")


@cache
def _texts() -> dict[str, str]:
    from offlinefolium.elements import _res  # the asset texts, keyed by CDN address

    return dict(_res)


def asset_text(url: str) -> str:
    """The text of the asset folium would load from `url`."""
    try:
        return _texts()[url]
    except KeyError:
        raise KeyError(f"folium-offline has no copy of {url!r}") from None


def local_name(url: str) -> str:
    """A stable file name for an asset: a short digest of its address plus its own name."""
    digest = hashlib.sha1(url.encode()).hexdigest()[:8]
    return f"{digest}-{url.rstrip('/').rsplit('/', 1)[-1]}"


def _write_once(target: Path, content: bytes) -> None:
    """Write `content` to `target` unless it exists (atomically: a browser never gets half a file)."""
    if target.exists():
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    tmp.write_bytes(content)
    tmp.replace(target)


def publish(url: str, static_dir: Path | None = None) -> str:
    """The local address of the asset behind `url`, written under `static_dir` (once) when given."""
    local = f"{ASSET_SUBDIR}/{local_name(url)}"
    if static_dir is not None:
        _write_once(static_dir / local, asset_text(url).encode("utf-8"))
    return URL_PREFIX + local


def npm_version(package: str, vendor: Path = VENDOR_DIR) -> str:
    """The version of an npm package the package's build copied."""
    return json.loads(npm_file(package, "package.json", vendor).read_text(encoding="utf-8"))["version"]


def npm_file(package: str, file: str, vendor: Path = VENDOR_DIR) -> Path:
    """One file of an npm package the package's build copied."""
    path = vendor / package / file
    if not path.is_file():
        raise FileNotFoundError(f"{path} is missing: run `make setup` or reinstall the package (`pip install .`), "
                                "whose build copies it with npm")
    return path


def publish_npm(package: str, file: str, static_dir: Path | None = None, vendor: Path = VENDOR_DIR) -> str:
    """The local address of one file of an (unscoped) npm package, ``/app/static/npm/<package>@<version>/<file>``,
    copied under `static_dir` (once) when given."""
    source = npm_file(package, file, vendor)
    local = f"{NPM_SUBDIR}/{package}@{npm_version(package, vendor)}/{file}"
    if static_dir is not None:
        _write_once(static_dir / local, source.read_bytes())
    return URL_PREFIX + local


def publish_own(path: Path, static_dir: Path | None = None) -> str:
    """The local address of one of this project's front-end files, ``/app/static/web/<digest>-<name>``
    (a changed file gets a new address), copied under `static_dir` (once) when given."""
    content = path.read_bytes()
    local = f"{OWN_SUBDIR}/{hashlib.sha1(content).hexdigest()[:10]}-{path.name}"
    if static_dir is not None:
        _write_once(static_dir / local, content)
    return URL_PREFIX + local


_JOINED: dict[str, tuple[str, ...]] = {}  #: a joined script's local address: the local scripts it holds


@cache
def publish_joined(name: str, urls: tuple[str, ...], static_dir: Path | None = None) -> str:
    """The local address of one script holding the local scripts `urls` in their order,
    ``/app/static/web/<digest>-<name>``, written under `static_dir` (once) when given.

    st_folium's frame loads a map's scripts one after another, each waiting for the last: one file
    instead of several saves their round trips on every new frame."""
    content = "\n;\n".join(_local_text(url) for url in urls).encode("utf-8")
    local = f"{OWN_SUBDIR}/{hashlib.sha1(content).hexdigest()[:10]}-{name}"
    if static_dir is not None:
        _write_once(static_dir / local, content)
    _JOINED[URL_PREFIX + local] = urls
    return URL_PREFIX + local


def local_links(links: list[tuple[str, str]], static_dir: Path | None = None) -> list[tuple[str, str]]:
    """`links` (name, address) but those our maps do not use, at their local addresses (published at
    first use under `static_dir` when given)."""
    return [(n, _local(u, static_dir)) for n, u in _used(links)]


def _elements(root: MacroElement) -> Iterator[MacroElement]:
    yield root
    for child in root._children.values():
        yield from _elements(child)


def _used(links: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(name, url) for name, url in links if not any(u in url.lower() for u in UNUSED)]


def localize(m: folium.Map, static_dir: Path | None = None) -> folium.Map:
    """Point every JS/CSS link of `m` and its children at local addresses, written under `static_dir`
    when given; return `m`."""
    for element in _elements(m):
        if isinstance(element, JSCSSMixin):
            element.default_js = local_links(element.default_js, static_dir)
            element.default_css = local_links(element.default_css, static_dir)
    return m


def _local(url: str, static_dir: Path | None) -> str:
    """The local address of `url` (published at first use); local addresses are kept."""
    return url if url.startswith(URL_PREFIX) else publish(url, static_dir)


class IconPath(MacroElement):
    """Sets Leaflet's default marker image path inside the map's own script."""

    _template = Template(
        """{% macro script(this, kwargs) %}
        L.Icon.Default.imagePath = {{ this.path|tojson }};
        {% endmacro %}"""
    )

    def __init__(self, path: str = f"{URL_PREFIX}{ASSET_SUBDIR}/images/"):
        super().__init__()
        self._name = "IconPath"
        self.path = path


def _local_text(url: str) -> str:
    """The text behind a local address, from its source: scripts joined, a file of ours, an npm file or a
    folium asset."""
    if url in _JOINED:
        return "\n;\n".join(_local_text(part) for part in _JOINED[url])
    if url.startswith(f"{URL_PREFIX}{OWN_SUBDIR}/"):
        return (WEB_DIR / url.rsplit("/", 1)[-1].split("-", 1)[1]).read_text(encoding="utf-8")
    if url.startswith(f"{URL_PREFIX}{NPM_SUBDIR}/"):
        folder, file = url.removeprefix(f"{URL_PREFIX}{NPM_SUBDIR}/").split("/", 1)
        return npm_file(folder.rsplit("@", 1)[0], file).read_text(encoding="utf-8")
    return asset_text(_cdn_url(url))


def _cdn_url(local: str) -> str:
    name = local.rsplit("/", 1)[-1]
    for url in _texts():
        if local_name(url) == name:
            return url
    raise KeyError(f"no asset behind {local!r}")


def inline_html(m: folium.Map) -> str:
    """The map as one HTML page with every script and style sheet inlined (no network)."""
    html = m.get_root().render()
    for element in _elements(m):
        if not isinstance(element, JSCSSMixin):
            continue
        for _, url in element.default_js:
            text = _local_text(url) if url.startswith(URL_PREFIX) else asset_text(url)
            html = html.replace(f'<script src="{url}"></script>', f"<script>{_script_safe(text)}</script>")
        for _, url in element.default_css:
            text = _local_text(url) if url.startswith(URL_PREFIX) else asset_text(url)
            html = html.replace(f'<link rel="stylesheet" href="{url}"/>', f"<style>{text}</style>")
    return html


def _script_safe(text: str) -> str:
    return text.replace("</script", "<\\/script")


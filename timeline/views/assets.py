"""Front-end files served locally instead of from CDNs: folium's, npm packages' and our own.

``folium-offline`` ships the text of every asset folium links to, keyed by its
CDN address. `publish` writes the ones a map needs into ``./static/`` (served
by Streamlit at ``/app/static/``) at first use; `localize` points a map's
elements at them; `inline_html` turns a map into one self-contained page.
`make setup` installs the npm packages that ``package.json`` names
(``package-lock.json`` pins them) into ``node_modules/``; `publish_npm` copies one
of their files under ``./static/npm/<package>@<version>/``, so that no browser
keeps an old copy; `publish_own` does the same for this project's scripts (``timeline/web/``),
named by their content.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import folium
from branca.element import MacroElement
from folium.elements import JSCSSMixin
from folium.template import Template

STATIC_DIR = Path(__file__).resolve().parents[2] / "static"
NODE_MODULES = Path(__file__).resolve().parents[2] / "node_modules"
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


def publish(url: str, static_dir: Path = STATIC_DIR) -> str:
    """Write the asset behind `url` under `static_dir` (once) and return its local address."""
    name = local_name(url)
    path = static_dir / ASSET_SUBDIR / name
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(path.suffix + ".tmp")
        tmp.write_text(asset_text(url), encoding="utf-8")
        tmp.replace(path)
    return f"{URL_PREFIX}{ASSET_SUBDIR}/{name}"


def npm_version(package: str, node_modules: Path = NODE_MODULES) -> str:
    """The installed version of an npm package."""
    return json.loads((node_modules / package / "package.json").read_text(encoding="utf-8"))["version"]


def npm_file(package: str, file: str, node_modules: Path = NODE_MODULES) -> Path:
    """One file of an installed npm package."""
    path = node_modules / package / file
    if not path.is_file():
        raise FileNotFoundError(f"{path} is missing: run `make setup`, which installs it with npm")
    return path


def publish_npm(package: str, file: str, static_dir: Path = STATIC_DIR, node_modules: Path = NODE_MODULES) -> str:
    """Copy one file of an installed (unscoped) npm package under `static_dir` (once) and return its
    local address, ``/app/static/npm/<package>@<version>/<file>``."""
    source = npm_file(package, file, node_modules)
    local = f"{NPM_SUBDIR}/{package}@{npm_version(package, node_modules)}/{file}"
    path = static_dir / local
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        shutil.copyfile(source, tmp)
        tmp.replace(path)
    return URL_PREFIX + local


def publish_own(path: Path, static_dir: Path = STATIC_DIR) -> str:
    """Copy one of this project's front-end files under `static_dir` (once per content) and return its
    local address, ``/app/static/web/<digest>-<name>``: a changed file gets a new address."""
    text = path.read_bytes()
    local = f"{OWN_SUBDIR}/{hashlib.sha1(text).hexdigest()[:10]}-{path.name}"
    target = static_dir / local
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(".tmp")
        tmp.write_bytes(text)
        tmp.replace(target)
    return URL_PREFIX + local


def _elements(root: MacroElement) -> Iterator[MacroElement]:
    yield root
    for child in root._children.values():
        yield from _elements(child)


def _used(links: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(name, url) for name, url in links if not any(u in url.lower() for u in UNUSED)]


def localize(m: folium.Map, static_dir: Path = STATIC_DIR) -> folium.Map:
    """Point every JS/CSS link of `m` and its children at local copies; return `m`."""
    for element in _elements(m):
        if isinstance(element, JSCSSMixin):
            element.default_js = [(n, _local(u, static_dir)) for n, u in _used(element.default_js)]
            element.default_css = [(n, _local(u, static_dir)) for n, u in _used(element.default_css)]
    return m


def _local(url: str, static_dir: Path) -> str:
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
    """The text behind a local address: a published npm file or file of ours, or a folium asset."""
    if url.startswith(f"{URL_PREFIX}{OWN_SUBDIR}/"):
        return (STATIC_DIR / url.removeprefix(URL_PREFIX)).read_text(encoding="utf-8")
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


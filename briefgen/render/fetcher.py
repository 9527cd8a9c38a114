"""A WeasyPrint URL fetcher that reads only inside allowed folders.

Templates and content are untrusted: without this, `<link rel=attachment
href=file:///etc/passwd>` would embed any file in the PDF and an `http` URL
would go to the network. Here only data: URLs and regular files under the
given roots (through the safe open: links resolved, FIFOs refused, size
bounded) are served; everything else is refused and reported as a warning.
Images, from a file or a data: URL, must be the image they claim to be and
within the pixel and SVG element limits.
"""

from __future__ import annotations

import base64
import mimetypes
from pathlib import Path
from urllib.parse import unquote, unquote_to_bytes, urlparse

from briefgen.content import limits as _limits
from briefgen.content.images import image_problem, kind_of
from briefgen.content.safeopen import UnsafeFileError, read_inside
from briefgen.render.weasyprint_import import URLFetcher, URLFetcherResponse

_IMAGE_TYPES = {
    "image/png": "png",
    "image/jpeg": "jpeg",
    "image/gif": "gif",
    "image/webp": "webp",
    "image/svg+xml": "svg",
}


class FolderFetcher(URLFetcher):
    def __init__(self, roots):
        super().__init__(allowed_protocols=("file", "data"), timeout=2, allow_redirects=False)
        self.roots = tuple(Path(root).resolve() for root in roots)

    def fetch(self, url, headers=None):
        scheme = url.split(":", 1)[0].lower().strip()
        limits = _limits.current()
        if scheme == "data":
            content_type, body = _decode_data_url(url, limits.image_bytes)
            _check_image(body, content_type, "a data: URL", limits)
            return URLFetcherResponse(
                url[:64], body, headers={"Content-Type": content_type or "text/plain"}
            )
        if scheme != "file":
            raise ValueError(f"refused to fetch {url[:200]}: briefgen reads no network resources")
        path = Path(unquote(urlparse(url).path))
        try:
            body = read_inside(path, self.roots, limits.image_bytes, "image_bytes")
        except UnsafeFileError as exc:
            raise ValueError(exc.message) from None
        content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        _check_image(body, content_type, path.name, limits)
        return URLFetcherResponse(path.as_uri(), body, headers={"Content-Type": content_type})


def _decode_data_url(url: str, limit: int) -> tuple[str, bytes]:
    head, comma, data = url.partition(",")
    if not comma:
        raise ValueError("refused a data: URL without a comma")
    params = head[5:].split(";")
    content_type = params[0].strip().lower() or "text/plain"
    if len(data) > limit * 2:
        raise ValueError(f"refused a data: URL larger than {limit:,} bytes")
    try:
        body = base64.b64decode(unquote(data)) if "base64" in params[1:] else unquote_to_bytes(data)
    except ValueError:
        raise ValueError("refused a data: URL that is not valid base64") from None
    if len(body) > limit:
        raise ValueError(f"refused a data: URL larger than {limit:,} bytes")
    return content_type, body


def _check_image(body: bytes, content_type: str, name: str, limits) -> None:
    """Raise ValueError when an image is not what it says or is too large to draw."""
    claimed = _IMAGE_TYPES.get(content_type)
    actual = kind_of(body)
    if claimed is None and actual is None:
        return  # a font, a stylesheet, an attachment: sized by the read limit
    problem = image_problem(body, name, limits, allowed=tuple(_IMAGE_TYPES.values()))
    if problem:
        raise ValueError(f"refused image: {problem}")

"""A WeasyPrint URL fetcher that reads only inside allowed folders.

Templates and content are untrusted: without this, `<link rel=attachment
href=file:///etc/passwd>` would embed any file in the PDF and an `http` URL
would go to the network. Here only data: URLs and files under the given
roots are served; everything else is refused (and reported as a warning).
"""

from __future__ import annotations

import mimetypes
from pathlib import Path
from urllib.parse import unquote, urlparse

from weasyprint.urls import URLFetcher, URLFetcherResponse


class FolderFetcher(URLFetcher):
    def __init__(self, roots):
        super().__init__(allowed_protocols=("file", "data"), timeout=2)
        self.roots = tuple(Path(root).resolve() for root in roots)

    def fetch(self, url, headers=None):
        scheme = url.split(":", 1)[0].lower()
        if scheme == "data":
            return super().fetch(url, headers)
        if scheme != "file":
            raise ValueError(f"refused to fetch {url}: briefgen reads no network resources")
        path = Path(unquote(urlparse(url).path)).resolve()
        if not any(path.is_relative_to(root) for root in self.roots):
            raise ValueError(f"refused to read {path}: outside the content and asset folders")
        if not path.is_file():
            raise ValueError(f"file not found: {path}")
        content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        return URLFetcherResponse(
            path.as_uri(), path.read_bytes(), headers={"Content-Type": content_type}
        )

"""What each command does, as plain functions that know nothing of argparse.

One module per command; the app calls the same functions.
"""

from briefgen.commands.build import build, default_name, open_content
from briefgen.commands.check import check, check_templates
from briefgen.commands.listing import list_items
from briefgen.commands.status_import import status_import

__all__ = [
    "build",
    "check",
    "check_templates",
    "default_name",
    "list_items",
    "open_content",
    "status_import",
]

"""Vagas Desktop: an offline workbench for Portuguese public-sector job postings."""

# The one place the version lives: pyproject reads it (hatch), --version and the About box print it.
__version__ = "0.1.0"


def version_line() -> str:
    """What `vagas-desktop --version` prints."""
    return f"vagas-desktop {__version__}"

"""Vagas Desktop: an offline workbench for Portuguese public-sector job postings."""

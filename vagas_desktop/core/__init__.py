"""Qt-free core: parsing, profile, scanning, search, shortlists, export."""

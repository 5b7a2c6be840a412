"""The Qt layer: models, widgets and app wiring."""

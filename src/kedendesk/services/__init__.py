"""Use cases over the workspace, in plain Python; they publish plain events."""

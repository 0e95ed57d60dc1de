"""The teacher's view of results: gradebook, per-assignment results, item analysis, CSV."""

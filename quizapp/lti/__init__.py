"""LTI 1.3 interop, the parts that need neither Flask nor the database: what a launch's claims
say (claims.py) and which score an LMS gradebook gets for a student's attempts (score_policy.py)."""

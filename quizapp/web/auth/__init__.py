"""Accounts: teacher sign-up, sign-in for everyone (throttled), sign-out, claiming a seat with a join code."""

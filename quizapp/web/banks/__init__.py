"""Question banks in the web app: browsing (routes) and importing (operations)."""

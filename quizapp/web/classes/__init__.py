"""Classes and rosters: create a class, add students (one by one or from CSV), login cards, resets."""

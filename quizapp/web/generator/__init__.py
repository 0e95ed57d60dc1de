"""Generator review: a teacher turns an article into candidate questions, reviews them and saves
the accepted ones as a bank."""

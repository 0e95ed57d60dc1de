"""Roles of the media and public life, and their shapes beside a name. Invented sentences."""
from __future__ import annotations

from extracted import links


def test_media_and_public_service_job_nouns_are_roles():
    assert links("Fashion model Maria Kovacs said the show was late.") == [("Maria Kovacs", None, "Fashion model")]
    assert links("Thomas Berger, a former civil servant, said the plan was fine.") == [
        ("Thomas Berger", None, "former civil servant")]
    assert links("Ana Ruiz, a UN rapporteur for the Office of the UN High Commissioner for Refugees, "
                 "said the camps were full.") == [
        ("Ana Ruiz", "Office of the UN High Commissioner for Refugees", "UN rapporteur")]

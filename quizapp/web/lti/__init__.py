"""LTI 1.3 Advantage: quizapp as a tool inside an LMS (Canvas, Moodle, Schoology, Brightspace,
Blackboard). routes.py holds the protocol endpoints (login, launch, JWKS) and the teacher's
settings page; tool.py adapts pylti1p3 to the database; passback.py sends scores (AGS)."""

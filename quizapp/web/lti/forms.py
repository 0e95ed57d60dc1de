"""The platform registration form and the deep-linking picker."""
from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import IntegerField, RadioField, StringField, SubmitField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, InputRequired, Length, NumberRange

from quizapp.web.quizzes.forms import MAX_ATTEMPTS, REVIEW_LABELS

_URL = [DataRequired(message="Give the full https:// address the LMS shows for this."), Length(max=500)]


class PlatformForm(FlaskForm):
    name = StringField("Name (for you)", validators=[Length(max=120)])
    issuer = StringField("Issuer", validators=[DataRequired(message="Give the platform's issuer."), Length(max=255)],
                         description="Canvas Cloud: https://canvas.instructure.com. Moodle: the site's address.")
    client_id = StringField("Client id", validators=[DataRequired(message="Give the client id the LMS generated."),
                                                     Length(max=255)])
    deployment_ids = TextAreaField("Deployment ids (one a line)",
                                   validators=[DataRequired(message="Give at least one deployment id.")])
    auth_login_url = StringField("Authentication (OIDC auth) URL", validators=_URL)
    token_url = StringField("Access token URL", validators=_URL)
    jwks_url = StringField("Public keyset (JWKS) URL", validators=_URL)
    lms_url = StringField("LMS address, if not the issuer's (optional)", validators=[Length(max=500)],
                          description="Canvas: your school's Canvas address, e.g. https://school.instructure.com "
                                      "(its pages show quizapp in a frame).")
    submit = SubmitField("Register platform")


class DeepLinkForm(FlaskForm):
    """What a teacher picks in quizapp from the LMS's content picker."""

    quiz_id = RadioField("Quiz", coerce=int, validators=[InputRequired(message="Choose a quiz.")])
    title = StringField("Title in the LMS", validators=[Length(max=300)])
    attempts_allowed = IntegerField("Attempts allowed", default=1,
                                    validators=[InputRequired(message="Give a number of attempts."),
                                                NumberRange(min=1, max=MAX_ATTEMPTS, message=f"From 1 to {MAX_ATTEMPTS}.")])
    score_policy = RadioField("Grade sent to the LMS", default="highest",
                              choices=[SelectChoice("highest", "Highest attempt"), SelectChoice("latest", "Latest attempt"),
                                       SelectChoice("first", "First attempt")])
    review_policy = RadioField("Students see answers and feedback", default="never",
                               choices=[SelectChoice(k, v) for k, v in REVIEW_LABELS.items()])
    submit = SubmitField("Add to the LMS")

"""The platform registration (and edit) form and the deep-linking picker's two forms: an existing
quiz, or a new quiz made from a bank."""
from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import IntegerField, RadioField, StringField, SubmitField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, InputRequired, Length, NumberRange, Optional

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


class PlatformEditForm(PlatformForm):
    submit = SubmitField("Save changes")


class _LinkSettings(FlaskForm):
    """How the assignment placed in the LMS behaves (both picker forms)."""

    title = StringField("Title in the LMS", validators=[Length(max=300)])
    attempts_allowed = IntegerField("Attempts allowed", default=1,
                                    validators=[InputRequired(message="Give a number of attempts."),
                                                NumberRange(min=1, max=MAX_ATTEMPTS, message=f"From 1 to {MAX_ATTEMPTS}.")])
    score_policy = RadioField("Grade sent to the LMS", default="highest",
                              choices=[SelectChoice("highest", "Highest attempt"), SelectChoice("latest", "Latest attempt"),
                                       SelectChoice("first", "First attempt")])
    review_policy = RadioField("Students see answers and feedback", default="never",
                               choices=[SelectChoice(k, v) for k, v in REVIEW_LABELS.items()])


class DeepLinkForm(_LinkSettings):
    """What a teacher picks in quizapp from the LMS's content picker: one of their quizzes."""

    quiz_id = RadioField("Quiz", coerce=int, validators=[InputRequired(message="Choose a quiz.")])
    submit = SubmitField("Add to the LMS")


MAX_PER_SKILL = 50


class DeepLinkBankForm(_LinkSettings):
    """Or: a new quiz from a bank version the teacher may use, the whole bank or N per skill."""

    version_id = RadioField("Bank", coerce=int, validators=[InputRequired(message="Choose a bank.")])
    how = RadioField("Questions", default="all", choices=[
        SelectChoice("all", "Every question of the bank"), SelectChoice("per_skill", "A random draw of N per skill")])
    per_skill = IntegerField("N questions per skill", validators=[
        Optional(), NumberRange(min=1, max=MAX_PER_SKILL, message=f"From 1 to {MAX_PER_SKILL}.")])
    submit = SubmitField("Make the quiz and add it to the LMS")

    def validate(self, extra_validators=None) -> bool:
        # Optional() ends the field's own chain when it is empty, so the "needed for a draw" check is here.
        valid = super().validate(extra_validators)
        if self.how.data == "per_skill" and self.per_skill.data is None and not self.per_skill.errors:
            self.per_skill.errors = [*self.per_skill.errors, "Give how many questions to draw per skill."]
            return False
        return valid

"""The platform registration form."""
from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import StringField, SubmitField, TextAreaField
from wtforms.validators import DataRequired, Length

_URL = [DataRequired(message="Give the full https:// address the LMS shows for this."), Length(max=500)]


class PlatformForm(FlaskForm):
    name = StringField("Name (for you)", validators=[Length(max=120)])
    issuer = StringField("Issuer", validators=[DataRequired(message="Give the platform's issuer."), Length(max=255)])
    client_id = StringField("Client id", validators=[DataRequired(message="Give the client id the LMS generated."),
                                                     Length(max=255)])
    deployment_ids = TextAreaField("Deployment ids (one a line)",
                                   validators=[DataRequired(message="Give at least one deployment id.")])
    auth_login_url = StringField("Authentication (OIDC auth) URL", validators=_URL)
    token_url = StringField("Access token URL", validators=_URL)
    jwks_url = StringField("Public keyset (JWKS) URL", validators=_URL)
    submit = SubmitField("Register platform")

"""Sign-up, sign-in and join-code forms. Rules that need the database live in operations.py."""
from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import EmailField, HiddenField, PasswordField, RadioField, SelectField, StringField, SubmitField
from wtforms.validators import DataRequired, EqualTo, Length, Regexp

from quizapp.web.auth.operations import EMAIL_RE, MIN_STUDENT_PASSWORD, MIN_TEACHER_PASSWORD


def _strip(value):
    return value.strip() if isinstance(value, str) else value


class SignInForm(FlaskForm):
    identifier = StringField("E-mail or username", validators=[DataRequired("Enter your e-mail or username."),
                                                              Length(max=254)])
    password = PasswordField("Password", validators=[DataRequired("Enter your password."), Length(max=200)])
    next = HiddenField()
    time_zone = HiddenField()  # the browser's, filled in by timezone.js
    submit = SubmitField("Sign in")


class SignUpForm(FlaskForm):
    time_zone = HiddenField()  # the browser's, filled in by timezone.js
    invitation = StringField("Invitation code", validators=[Length(max=200)])
    display_name = StringField("Your name", validators=[DataRequired("Enter your name."), Length(max=120)])
    email = EmailField("E-mail", filters=[_strip], validators=[
        DataRequired("Enter your e-mail address."), Length(max=254),
        # Checked here too (operations check it again) so every field's error shows at once.
        Regexp(EMAIL_RE, message="Enter an e-mail address like name@school.org."),
    ])
    password = PasswordField("Password", validators=[
        DataRequired("Choose a password."),
        Length(min=MIN_TEACHER_PASSWORD, max=200, message=f"Use at least {MIN_TEACHER_PASSWORD} characters."),
    ])
    confirm = PasswordField("Password again", validators=[
        DataRequired("Type the password again."), EqualTo("password", "The two passwords differ."),
    ])
    submit = SubmitField("Create teacher account")


class JoinCodeForm(FlaskForm):
    class Meta:
        csrf = False  # a GET lookup that changes nothing

    code = StringField("Class code", validators=[DataRequired("Enter the code your teacher gave you."),
                                                 Length(max=20)])
    submit = SubmitField("Find my class")


class ClaimSeatForm(FlaskForm):
    seat = RadioField("Which one is you?", coerce=int, validate_choice=True,
                      validators=[DataRequired("Pick your name.")])
    password = PasswordField("Choose a password", validators=[
        DataRequired("Choose a password."),
        Length(min=MIN_STUDENT_PASSWORD, max=200, message=f"Use at least {MIN_STUDENT_PASSWORD} characters."),
    ])
    confirm = PasswordField("Password again", validators=[
        DataRequired("Type the password again."), EqualTo("password", "The two passwords differ."),
    ])
    submit = SubmitField("Join the class")


class JoinAsMeForm(FlaskForm):
    """A signed-in student takes a seat of another class with the account they already have."""

    seat = RadioField("Which one is you?", coerce=int, validate_choice=True,
                      validators=[DataRequired("Pick your name.")])
    submit = SubmitField("Join with my account")


class TimeZoneForm(FlaskForm):
    time_zone = SelectField("Time zone", validators=[DataRequired("Pick a time zone.")])
    submit = SubmitField("Save time zone")


class ChangePasswordForm(FlaskForm):
    current = PasswordField("Current password", validators=[DataRequired("Enter your current password."),
                                                            Length(max=200)])
    password = PasswordField("New password", validators=[
        DataRequired("Choose a new password."),
        Length(min=MIN_STUDENT_PASSWORD, max=200, message=f"Use at least {MIN_STUDENT_PASSWORD} characters."),
    ])
    confirm = PasswordField("New password again", validators=[
        DataRequired("Type the new password again."), EqualTo("password", "The two passwords differ."),
    ])
    submit = SubmitField("Change password")

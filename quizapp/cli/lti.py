"""`quizapp lti ...`: register an LMS (LTI 1.3 platform), list, edit and remove them, rotate
quizapp's signing key.
Private keys are never printed."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import click

from quizapp.cli import main
from quizapp.cli.web import _close, _make_app, _migrate


@contextmanager
def _changing_platforms(name_field: bool = True) -> Iterator[None]:
    """An up-to-date app's context for a change to the registered LMSs; a refusal of the change
    (PlatformError) becomes the command's error message, naming the option it is about."""
    from quizapp.web.lti import operations as ops

    app = _make_app()
    _migrate(app)
    try:
        with app.app_context():
            yield
    except ops.PlatformError as error:
        option = f"--{(error.field or 'issuer').replace('_', '-')}: " if name_field else ""
        raise click.ClickException(option + error.message) from None
    finally:
        _close(app)


def _platform(platform_id: int):
    from quizapp.models import LtiPlatform
    from quizapp.web.extensions import db

    platform = db.session.get(LtiPlatform, platform_id) if 0 < platform_id < 2**31 else None
    if platform is None:
        raise click.ClickException(f"No LMS has id {platform_id}: quizapp lti platforms lists them.")
    return platform


@main.group()
def lti() -> None:
    """LTI 1.3: connect quizapp to an LMS (Canvas, Moodle, Schoology, Brightspace, Blackboard)."""


@lti.command("add-platform")
@click.option("--name", default="", help="A name for you (default: the issuer).")
@click.option("--issuer", required=True, help="The platform's issuer, e.g. https://canvas.instructure.com.")
@click.option("--client-id", required=True, help="The client id the LMS generated for quizapp.")
@click.option("--deployment-id", "deployment_ids", multiple=True, required=True,
              help="A deployment id (repeat the option for several).")
@click.option("--auth-login-url", required=True, help="The platform's OIDC authentication URL.")
@click.option("--token-url", required=True, help="The platform's OAuth2 access token URL.")
@click.option("--jwks-url", required=True, help="The platform's public keyset (JWKS) URL.")
@click.option("--lms-url", default="", help="Where the LMS's pages are, if not at the issuer (Canvas: your school's address).")
def add_platform(name: str, issuer: str, client_id: str, deployment_ids: tuple[str, ...], auth_login_url: str,
                 token_url: str, jwks_url: str, lms_url: str) -> None:
    """Register an LMS so its launches are accepted."""
    from quizapp.web.lti import operations as ops

    with _changing_platforms():
        ids = ops.parse_deployment_ids("\n".join(deployment_ids))
        platform = ops.register_platform(None, ops.PlatformFields(
            name=name, issuer=issuer, client_id=client_id, deployment_ids=ids,
            auth_login_url=auth_login_url, token_url=token_url, jwks_url=jwks_url, lms_url=lms_url))
        click.echo(f"Registered {platform.name}: issuer {platform.issuer}, client id {platform.client_id}, "
                   f"deployments {', '.join(platform.deployment_ids)}")


@lti.command("platforms")
def platforms() -> None:
    """List the registered LMSs."""
    from sqlalchemy import select

    from quizapp.models import LtiPlatform
    from quizapp.web.extensions import db

    app = _make_app()
    with app.app_context():
        rows = list(db.session.scalars(select(LtiPlatform).order_by(LtiPlatform.id)))
        for row in rows:
            click.echo(f"{row.id}\t{row.name}\t{row.issuer}\t{row.client_id}\t{', '.join(row.deployment_ids)}")
        if not rows:
            click.echo("No LMS registered yet: quizapp lti add-platform --help")
    _close(app)


@lti.command("edit-platform")
@click.argument("platform_id", type=int)
@click.option("--name", default=None, help="A new name.")
@click.option("--issuer", default=None, help="A new issuer.")
@click.option("--client-id", default=None, help="A new client id.")
@click.option("--deployment-id", "deployment_ids", multiple=True,
              help="The deployment ids (repeat the option; given, they replace all the current ones).")
@click.option("--auth-login-url", default=None, help="A new OIDC authentication URL.")
@click.option("--token-url", default=None, help="A new access token URL.")
@click.option("--jwks-url", default=None, help="A new public keyset (JWKS) URL.")
@click.option("--lms-url", default=None, help="A new LMS address (\"\" for none).")
def edit_platform(platform_id: int, deployment_ids: tuple[str, ...], **changes: str | None) -> None:
    """Change a registered LMS (PLATFORM_ID as `quizapp lti platforms` lists it); options not given stay."""
    from dataclasses import replace

    from quizapp.web.lti import operations as ops

    with _changing_platforms():
        platform = _platform(platform_id)
        fields = replace(ops.platform_fields(platform), **{k: v for k, v in changes.items() if v is not None})
        if deployment_ids:
            fields.deployment_ids = ops.parse_deployment_ids("\n".join(deployment_ids))
        platform = ops.update_platform(platform.id, fields)
        click.echo(f"Saved {platform.name}: issuer {platform.issuer}, client id {platform.client_id}, "
                   f"deployments {', '.join(platform.deployment_ids)}")


@lti.command("remove-platform")
@click.argument("platform_id", type=int)
def remove_platform(platform_id: int) -> None:
    """Remove a registered LMS nothing came from yet; else say what depends on it and keep it."""
    from quizapp.web.lti import operations as ops

    # Its refusal is a sentence about what depends on the LMS, not about an option.
    with _changing_platforms(name_field=False):
        _platform(platform_id)
        click.echo(f"Removed {ops.remove_platform(platform_id)}: quizapp no longer accepts its launches.")


@lti.command("rotate-key")
def rotate_key() -> None:
    """Make a new signing key. The previous key stays published until the next rotation, so LMSs
    that cached it keep verifying; older keys are retired."""
    from quizapp.web.lti.keys import rotate_key as rotate

    app = _make_app()
    _migrate(app)
    with app.app_context():
        key = rotate()
        click.echo(f"New signing key {key.kid}; its public half is at /lti/jwks.")
    _close(app)


@lti.command("send-scores")
def send_scores() -> None:
    """Send the LMS gradebook scores that are due (failed sends wait with growing pauses); run it
    from cron every few minutes so a score held back by an LMS outage arrives without anyone acting."""
    from quizapp.web.lti.passback import send_due

    app = _make_app()
    with app.app_context():
        counts = send_due()
        click.echo(", ".join(f"{n} {outcome}" for outcome, n in sorted(counts.items())) or "Nothing due.")
    _close(app)

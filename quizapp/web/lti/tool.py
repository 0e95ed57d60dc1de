"""pylti1p3 wired to quizapp's database: registrations come from LtiPlatform rows, the values
the OIDC login leaves for the launch (nonce, launch data) from LtiLaunchValue rows, and every
HTTP call to a platform (its JWKS, token and service URLs) goes through one requests session
the tests can point at their own platform."""
from __future__ import annotations

import typing as t
from datetime import timedelta

import requests
from flask import current_app
from pylti1p3.contrib.flask import FlaskSessionService
from pylti1p3.deployment import Deployment
from pylti1p3.launch_data_storage.base import LaunchDataStorage
from pylti1p3.registration import Registration
from pylti1p3.service_connector import ServiceConnector
from pylti1p3.tool_config import ToolConfAbstract
from sqlalchemy import delete, select

from quizapp.models import LtiLaunchValue, LtiPlatform, utcnow
from quizapp.web.extensions import db
from quizapp.web.lti.keys import public_pem, signing_key

HTTP_TIMEOUT_SECONDS = 10
LAUNCH_DATA_SECONDS = 3600


class _TimedSession(requests.Session):
    """A platform that hangs must not hold a worker: every call gets a timeout."""

    def request(self, *args: t.Any, **kwargs: t.Any) -> requests.Response:  # type: ignore[override]
        kwargs.setdefault("timeout", HTTP_TIMEOUT_SECONDS)
        return super().request(*args, **kwargs)


def http_session() -> requests.Session:
    """LTI_HTTP_SESSION (a factory, set by the tests) or a plain session with a timeout."""
    factory = current_app.config.get("LTI_HTTP_SESSION")
    session = factory() if factory else _TimedSession()
    session.headers["User-Agent"] = "quizapp-lti"
    return session


def registration_of(platform: LtiPlatform) -> Registration:
    key = signing_key()
    registration = Registration()
    registration.set_issuer(platform.issuer).set_client_id(platform.client_id)
    registration.set_auth_login_url(platform.auth_login_url).set_auth_token_url(platform.token_url)
    registration.set_key_set_url(platform.jwks_url)
    registration.set_tool_private_key(key.private_pem).set_tool_public_key(public_pem(key))
    return registration


class DatabaseToolConf(ToolConfAbstract):
    """Every issuer may have several client ids (a test and a live LMS)."""

    def check_iss_has_one_client(self, iss: str) -> bool:
        return False

    def check_iss_has_many_clients(self, iss: str) -> bool:
        return True

    def platform(self, iss: str, client_id: str | None) -> LtiPlatform | None:
        query = select(LtiPlatform).where(LtiPlatform.issuer == iss)
        if client_id:
            return db.session.scalar(query.where(LtiPlatform.client_id == client_id))
        # A login initiation without client_id (allowed by the spec) is unambiguous only when the
        # issuer registered quizapp once.
        found = list(db.session.scalars(query.limit(2)))
        return found[0] if len(found) == 1 else None

    def find_registration_by_issuer(self, iss: str, *args: t.Any, **kwargs: t.Any) -> Registration | None:  # type: ignore[override]
        return self.find_registration_by_params(iss, None, *args, **kwargs)  # type: ignore[arg-type]

    def find_registration_by_params(self, iss: str, client_id: str, *args: t.Any, **kwargs: t.Any) -> Registration | None:  # type: ignore[override]
        platform = self.platform(iss, client_id)
        return registration_of(platform) if platform else None

    def find_deployment(self, iss: str, deployment_id: str) -> Deployment | None:
        return None

    def find_deployment_by_params(self, iss: str, deployment_id: str, client_id: str, *args: t.Any,
                                  **kwargs: t.Any) -> Deployment | None:
        platform = self.platform(iss, client_id)
        if platform is None or deployment_id not in (platform.deployment_ids or []):
            return None
        return Deployment().set_deployment_id(deployment_id)


class DatabaseLaunchStorage(LaunchDataStorage[t.Any]):
    """Launch values in the database, keyed by the browser's lti1p3-session-id cookie (set at
    login, SameSite=None; Secure over HTTPS) so a nonce only works in the browser it was made for."""

    def can_set_keys_expiration(self) -> bool:
        return True

    def get_value(self, key: str) -> t.Any:
        row = db.session.get(LtiLaunchValue, self._prepare_key(key)[:255])
        return row.value if row is not None and row.expires_at > utcnow() else None

    def set_value(self, key: str, value: t.Any, exp: int | None = None) -> None:
        key = self._prepare_key(key)[:255]
        expires = utcnow() + timedelta(seconds=exp or LAUNCH_DATA_SECONDS)
        row = db.session.get(LtiLaunchValue, key)
        if row is None:
            db.session.add(LtiLaunchValue(key=key, value=value, expires_at=expires))
        else:
            row.value, row.expires_at = value, expires
        db.session.flush()

    def check_value(self, key: str) -> bool:
        return self.get_value(key) is not None

    def consume(self, key: str) -> bool:
        """Delete the value and say whether it was there: of two launches with one nonce, exactly
        one deletes the row (the database settles the race)."""
        result = db.session.execute(delete(LtiLaunchValue).where(
            LtiLaunchValue.key == self._prepare_key(key)[:255], LtiLaunchValue.expires_at > utcnow()))
        return bool(result.rowcount)


class OnceNonceSessionService(FlaskSessionService):
    """A nonce is good for one launch: checking it uses it up."""

    def check_nonce(self, nonce: str) -> bool:
        storage = self.data_storage
        if isinstance(storage, DatabaseLaunchStorage):
            return storage.consume(self._get_key("nonce", nonce))
        return False


def forget_expired_values() -> None:
    db.session.execute(delete(LtiLaunchValue).where(LtiLaunchValue.expires_at <= utcnow()))


def service_connector(platform: LtiPlatform) -> ServiceConnector:
    return TokenCachingConnector(registration_of(platform), http_session())


class TokenCachingConnector(ServiceConnector):
    """Access tokens cached per app and platform for their lifetime less a minute, so a class
    submitting at once asks the platform for one token, not thirty."""

    def _cache(self) -> dict:
        return current_app.extensions.setdefault("quizapp.lti_tokens", {})

    def _get_cached_access_token(self, scope_key: str) -> str | None:
        token, expires = self._cache().get(scope_key, (None, None))
        return token if token and expires > utcnow() else None

    def _cache_access_token(self, scope_key: str, access_token: str, expires_in: float) -> None:
        self._cache()[scope_key] = (access_token, utcnow() + timedelta(seconds=max(0, float(expires_in) - 60)))

    def _scope_key(self, scopes: t.Iterable[str]) -> str:
        # Two registrations of one issuer (a test and a live client id) get tokens of their own.
        return f"{self._registration.get_client_id()}|{super()._scope_key(scopes)}"

"""quizapp's own RSA keys for LTI: generated on first need, rotated on request, stored in the
database (the app's other secret, the session key, lives in the instance folder; these must be
shared by every worker and survive a redeploy, as the platforms cache the public half).

The newest unretired key signs. Rotating adds a new key and retires the ones older than the
previous, so the JWKS always holds the signing key and, for a while, the one before it."""
from __future__ import annotations

import json

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from jwcrypto.jwk import JWK
from sqlalchemy import select

from quizapp.models import LtiKey, utcnow
from quizapp.web.database import write_transaction
from quizapp.web.extensions import db

KEY_BITS = 2048


def _new_key() -> LtiKey:
    private = rsa.generate_private_key(public_exponent=65537, key_size=KEY_BITS)
    pem = private.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption()).decode()
    jwk = JWK.from_pem(pem.encode())
    # The kid is the key's RFC 7638 thumbprint: pylti1p3 derives it the same way when it signs.
    kid = jwk.thumbprint()
    public = json.loads(jwk.export_public())
    public.update({"kid": kid, "alg": "RS256", "use": "sig"})
    return LtiKey(kid=kid, private_pem=pem, public_jwk=public, created_at=utcnow())


def _active() -> list[LtiKey]:
    return list(db.session.scalars(select(LtiKey).where(LtiKey.retired_at.is_(None))
                                   .order_by(LtiKey.created_at.desc(), LtiKey.id.desc())))


def signing_key() -> LtiKey:
    """The key quizapp signs with, made on first need (under the write lock, so two workers
    starting at once do not make two)."""
    keys = _active()
    if keys:
        return keys[0]
    with write_transaction() as session:
        existing = session.scalar(select(LtiKey).where(LtiKey.retired_at.is_(None))
                                  .order_by(LtiKey.created_at.desc(), LtiKey.id.desc()))
        if existing is not None:
            return existing
        key = _new_key()
        session.add(key)
    return key


def rotate_key() -> LtiKey:
    """A new signing key; the previous one stays published, older ones are retired."""
    with write_transaction() as session:
        keys = list(session.scalars(select(LtiKey).where(LtiKey.retired_at.is_(None))
                                    .order_by(LtiKey.created_at.desc(), LtiKey.id.desc())))
        for old in keys[1:]:
            old.retired_at = utcnow()
        key = _new_key()
        session.add(key)
    return key


def public_pem(key: LtiKey) -> str:
    return JWK.from_pem(key.private_pem.encode()).export_to_pem().decode()


def public_jwks() -> dict:
    """The JWKS document: public halves only."""
    signing_key()
    return {"keys": [dict(key.public_jwk) for key in _active()]}

"""A small LTI 1.3 platform (an LMS) for the tests: its own RSA key and JWKS endpoint, id_tokens
with real claims (core, AGS, NRPS, deep linking), an OAuth2 token endpoint that checks quizapp's
signed client assertion, and AGS score endpoints that record what they receive (or fail, for an
outage). quizapp reaches it through a requests adapter that calls the platform's WSGI app, so
nothing leaves the process.

    platform = TestPlatform()
    platform.register()                       # an LtiPlatform row, as the settings page makes
    app.config["LTI_HTTP_SESSION"] = platform.http_session
    response = launch(client, platform, role="Learner", custom={"assignment_id": "3"})
"""
from __future__ import annotations

import json
import secrets
import time
from io import BytesIO
from urllib.parse import parse_qs, urlsplit

import jwt
import requests
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from flask import Flask, jsonify
from flask import request as platform_request
from jwcrypto.jwk import JWK
from requests.adapters import BaseAdapter
from werkzeug.test import Client

from quizapp.web.lti import operations as lti_ops

LTI = "https://purl.imsglobal.org/spec/lti/claim/"
ROLE = "http://purl.imsglobal.org/vocab/lis/v2/membership#"
SCORE_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/score"


def rsa_pair() -> tuple[str, dict]:
    private = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = private.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption()).decode()
    public = json.loads(JWK.from_pem(pem.encode()).export_public())
    public.update({"kid": secrets.token_hex(8), "alg": "RS256", "use": "sig"})
    return pem, public


class TestPlatform:
    __test__ = False  # not a pytest class

    def __init__(self, issuer: str = "https://lms.example.test", client_id: str = "quizapp-client",
                 deployment_id: str = "deployment-1"):
        self.issuer, self.client_id, self.deployment_id = issuer, client_id, deployment_id
        self.private_pem, self.public_jwk = rsa_pair()
        self.scores: list[dict] = []  # (line item path, score body) of every accepted score post
        self.outage = 0  # how many of the next score posts answer 503
        self.tool_jwks = None  # callable: quizapp's JWKS, to check its client assertions
        self.tokens: set[str] = set()
        self.members: dict[str, list[dict]] = {}  # NRPS members per course id
        self.next_launch: dict = {}  # claims of the next browser launch (add_browser_pages)
        self.deep_link_jwts: list[str] = []  # deep-linking responses received (add_browser_pages)
        self.id: int | None = None  # the LtiPlatform row, once registered
        self.app = self._make_app()

    # --- what an LMS administrator types into quizapp ------------------------------------------
    def register(self, owner_id: int | None = None):
        row = lti_ops.register_platform(owner_id, lti_ops.PlatformFields(
            name="Test LMS", issuer=self.issuer, client_id=self.client_id, deployment_ids=[self.deployment_id],
            auth_login_url=f"{self.issuer}/auth", token_url=f"{self.issuer}/token", jwks_url=f"{self.issuer}/jwks"))
        self.id = row.id
        return row

    # --- id_tokens -------------------------------------------------------------------------------
    def claims(self, nonce: str, *, sub: str = "learner-1", role: str = "Learner", context_id: str = "course-1",
               resource_link_id: str | None = "link-1", custom: dict | None = None, name: str = "Lee Learner",
               lineitem: str | None = "/lineitems/1", message_type: str = "LtiResourceLinkRequest") -> dict:
        now = int(time.time())
        body = {
            "iss": self.issuer, "aud": self.client_id, "sub": sub, "nonce": nonce, "iat": now, "exp": now + 300,
            "azp": self.client_id, "name": name,
            LTI + "message_type": message_type, LTI + "version": "1.3.0",
            LTI + "deployment_id": self.deployment_id,
            LTI + "target_link_uri": "http://localhost/lti/launch",
            LTI + "roles": [ROLE + role],
            LTI + "context": {"id": context_id, "title": f"Course {context_id}", "type": ["CourseOffering"]},
            LTI + "custom": custom or {},
            "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice": {
                "context_memberships_url": f"{self.issuer}/memberships/{context_id}", "service_versions": ["2.0"]},
        }
        if resource_link_id:
            body[LTI + "resource_link"] = {"id": resource_link_id, "title": "Reading quiz"}
        if lineitem:
            body["https://purl.imsglobal.org/spec/lti-ags/claim/endpoint"] = {
                "scope": [SCORE_SCOPE, "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem"],
                "lineitem": self.issuer + lineitem, "lineitems": f"{self.issuer}/lineitems"}
        if message_type == "LtiDeepLinkingRequest":
            body.pop(LTI + "resource_link", None)
            body["https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings"] = {
                "deep_link_return_url": f"{self.issuer}/deep-link-return",
                "accept_types": ["ltiResourceLink"], "accept_presentation_document_targets": ["iframe", "window"]}
        return body

    def sign(self, body: dict, private_pem: str | None = None, kid: str | None = None) -> str:
        return jwt.encode(body, private_pem or self.private_pem, algorithm="RS256",
                          headers={"kid": kid or self.public_jwk["kid"]})

    # --- quizapp's side of HTTP --------------------------------------------------------------
    def http_session(self) -> requests.Session:
        session = requests.Session()
        session.mount(self.issuer, _WSGIAdapter(self.app))
        return session

    def _make_app(self) -> Flask:
        app = Flask("test_platform")
        platform = self

        @app.get("/jwks")
        def jwks():
            return jsonify({"keys": [platform.public_jwk]})

        @app.post("/token")
        def token():
            form = platform_request.form
            keys = jwt.PyJWKSet.from_dict(platform.tool_jwks())
            header = jwt.get_unverified_header(form["client_assertion"])
            key = next(k for k in keys.keys if k.key_id == header["kid"])
            claims = jwt.decode(form["client_assertion"], key.key, algorithms=["RS256"],
                                audience=f"{platform.issuer}/token")
            assert claims["iss"] == claims["sub"] == platform.client_id
            value = secrets.token_hex(16)
            platform.tokens.add(value)
            return jsonify({"access_token": value, "token_type": "Bearer", "expires_in": 3600,
                            "scope": form["scope"]})

        @app.get("/memberships/<context_id>")
        def memberships(context_id: str):
            if platform_request.headers.get("Authorization", "").removeprefix("Bearer ") not in platform.tokens:
                return jsonify({"error": "unauthorized"}), 401
            members = platform.members.get(context_id, [])
            page = int(platform_request.args.get("page", "1"))
            response = jsonify({"id": platform_request.url, "context": {"id": context_id},
                                "members": members[(page - 1) * 2: page * 2]})  # two a page: paging is exercised
            if page * 2 < len(members):
                response.headers["Link"] = f'<{platform.issuer}/memberships/{context_id}?page={page + 1}>; rel="next"'
            return response

        @app.post("/lineitems/<int:item>/scores")
        def scores(item: int):
            if platform_request.headers.get("Authorization", "").removeprefix("Bearer ") not in platform.tokens:
                return jsonify({"error": "unauthorized"}), 401
            if platform.outage:
                platform.outage -= 1
                return jsonify({"error": "down for maintenance"}), 503
            platform.scores.append({"lineitem": item, **json.loads(platform_request.get_data())})
            return "", 204

        return app


class _WSGIAdapter(BaseAdapter):
    """requests -> the platform's WSGI app, in process."""

    def __init__(self, app: Flask):
        super().__init__()
        self.client = Client(app)

    def send(self, request, **kwargs):
        parts = urlsplit(request.url)
        body = request.body.encode() if isinstance(request.body, str) else request.body
        result = self.client.open(parts.path, method=request.method, query_string=parts.query,
                                  headers=dict(request.headers), data=body)
        response = requests.Response()
        response.status_code = result.status_code
        response.headers.update(result.headers)
        response._content = result.get_data()
        response.raw = BytesIO(response._content)
        response.url = request.url
        response.request = request
        result.close()
        return response

    def close(self):
        pass


def launch(client, platform: TestPlatform, *, token_of=None, **claims):
    """The whole LTI launch through quizapp: login initiation, the platform's answer (an id_token
    signed with its key, with the nonce quizapp chose), the POST to quizapp's launch URL.
    token_of(body) -> id_token may replace the signing (an attack); returns the launch response."""
    start = client.post("/lti/login", data={
        "iss": platform.issuer, "login_hint": claims.get("sub", "learner-1"), "client_id": platform.client_id,
        "target_link_uri": "http://localhost/lti/launch", "lti_deployment_id": platform.deployment_id,
        "lti1p3_new_window": "1"})
    assert start.status_code == 302, start.get_data(as_text=True)
    query = parse_qs(urlsplit(start.headers["Location"]).query)
    body = platform.claims(query["nonce"][0], **claims)
    token = token_of(body) if token_of else platform.sign(body)
    return client.post("/lti/launch", data={"id_token": token, "state": query["state"][0]})


def member(sub: str, name: str, role: str = "Learner", status: str = "Active") -> dict:
    """An NRPS member, as the platform lists it."""
    return {"user_id": sub, "name": name, "roles": [ROLE + role], "status": status}


def add_browser_pages(platform: TestPlatform, tool_url: str) -> None:
    """The LMS pages a browser sees: a course page framing quizapp (third-party initiated login),
    and the OIDC authorization endpoint, which answers with an auto-posted id_token for
    `platform.next_launch` (the claims of the person and link launching)."""
    app = platform.app

    @app.get("/course")
    def course_page():
        from urllib.parse import urlencode

        query = urlencode({"iss": platform.issuer, "login_hint": platform.next_launch.get("sub", "learner-1"),
                           "target_link_uri": f"{tool_url}/lti/launch", "client_id": platform.client_id,
                           "lti_deployment_id": platform.deployment_id})
        return (f'<!doctype html><html lang="en"><head><title>Course</title></head><body><main><h1>Test LMS course</h1>'
                f'<iframe title="quizapp" src="{tool_url}/lti/login?{query}" width="1000" height="800"></iframe>'
                f"</main></body></html>")

    @app.post("/deep-link-return")
    def deep_link_return():
        platform.deep_link_jwts.append(platform_request.form["JWT"])
        return ('<!doctype html><html lang="en"><head><title>Added</title></head><body><main>'
                "<h1>Content added to the course</h1></main></body></html>")

    @app.get("/auth")
    def authorize():
        args = platform_request.args
        body = platform.claims(args["nonce"], **platform.next_launch)
        token = platform.sign(body)
        return (f'<!doctype html><html lang="en"><head><title>Signing in</title></head><body>'
                f'<form id="f" method="post" action="{args["redirect_uri"]}">'
                f'<input type="hidden" name="id_token" value="{token}">'
                f'<input type="hidden" name="state" value="{args["state"]}"></form>'
                f'<script>document.getElementById("f").submit();</script></body></html>')

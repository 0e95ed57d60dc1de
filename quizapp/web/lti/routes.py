"""LTI 1.3 routes.

``lti`` (public, called by the LMS and the browser it sends): OIDC login initiation, the id_token
launch, quizapp's JWKS and Canvas's JSON configuration. The login and launch are POSTed by the
LMS, not by a quizapp page, so they carry no CSRF token: the state cookie, the one-time nonce and
the platform's signature stand in for it. These routes may be framed by the registered platforms
(their own frame-ancestors); so may the pages of a session begun by a launch, by that launch's LMS
only (FRAMED_BLUEPRINTS). Every other route and session keeps frame-ancestors 'none'.

``lti`` also holds the deep-linking picker (teachers, after a deep-linking launch).
``lti_admin`` (teachers): the settings page with the URLs an LMS administrator pastes in, the
registered platforms and LMS courses (roster pull), and each linked assignment's gradebook sync.

The LTI library and its JWT and crypto stack (pylti1p3, jwcrypto, cryptography: about 14 MB per
process) are imported by the views that use them, not here: every web worker registers these
routes, and most never serve an LMS (benchmarks/README.md: memory per worker)."""
from __future__ import annotations

from flask import (
    Blueprint, Response, abort, current_app, flash, g, jsonify, redirect, render_template, request, session, url_for,
)
from flask_login import current_user, login_user
from sqlalchemy import select
from wtforms.fields.choices import SelectChoice

from quizapp.lti.claims import DEEP_LINKING_REQUEST, ClaimError, read_launch
from quizapp.models import Classroom, LtiContext, LtiPlatform, Quiz
from quizapp.web.access import MAX_ID, owned_or_404, teacher_required
from quizapp.web.banks import queries as bank_queries
from quizapp.web.extensions import csrf, db
from quizapp.web.lti import operations as ops, queries
from quizapp.web.lti.forms import DeepLinkBankForm, DeepLinkForm, PlatformEditForm, PlatformForm
from quizapp.web.quizzes.operations import QuizError
from quizapp.web.quizzes.queries import my_assignment_or_404
from quizapp.web.security import CONTENT_SECURITY_POLICY, LTI_FRAME_KEY, lti_frame_origin

bp = Blueprint("lti", __name__, url_prefix="/lti")
admin_bp = Blueprint("lti_admin", __name__, url_prefix="/lti/settings")

# What the launch checks besides the signature (PyJWT checks exp and iat once they are present;
# pylti1p3 checks the audience against the registration itself).
JWT_OPTIONS = {"verify_aud": False, "require": ["exp", "iat"]}


# What an LMS iframe shows of a launched session besides the LTI pages: the student's quiz pages,
# and the teacher's pages (a launched teacher has no quizapp password: the LMS frame is their way in).
# Sign-in, sign-up and error pages stay unframed.
FRAMED_BLUEPRINTS = frozenset({"student", "classes", "banks", "quizzes", "assignments", "gradebook", "generator",
                               "lti_admin"})


@bp.after_app_request
def framable_in_a_launched_session(response: Response) -> Response:
    """The pages of a session begun by a launch may be framed by that launch's LMS (and only it);
    the same pages of any other session, and every other route, keep frame-ancestors 'none'."""
    if request.blueprint not in FRAMED_BLUEPRINTS:
        return response  # before reading the session: static files must not vary by cookie
    origin = lti_frame_origin()
    if origin and origin in ops.platform_origins():
        response.headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY.replace(
            "frame-ancestors 'none'", f"frame-ancestors {origin}")
    return response


@bp.after_request
def framable_by_platforms(response: Response) -> Response:
    """The LMS shows these pages in its iframe: allow the registered platforms, nobody else."""
    origins = " ".join(ops.platform_origins()) or "'none'"
    policy = CONTENT_SECURITY_POLICY.replace("frame-ancestors 'none'", f"frame-ancestors {origins}")
    if g.get("lti_form_action"):  # the deep-linking answer is a form posted to the LMS
        policy = policy.replace("form-action 'self'", f"form-action 'self' {g.lti_form_action}")
    response.headers["Content-Security-Policy"] = policy
    response.headers.pop("X-Frame-Options", None)
    return response


def refused(message: str, status: int = 400) -> tuple[str, int]:
    db.session.rollback()
    return render_template("lti/refused.html", message=message), status


@bp.route("/login", methods=["GET", "POST"])
@csrf.exempt
def login():
    """OIDC third-party login initiation. Framed, it first checks the browser keeps quizapp's
    cookies there (lti-cookie-check.js); if not, the person opens the launch in a new window."""
    from pylti1p3.contrib.flask import FlaskOIDCLogin, FlaskRequest
    from pylti1p3.exception import LtiException, OIDCException

    from quizapp.web.lti.tool import (
        DatabaseLaunchStorage, DatabaseToolConf, OnceNonceSessionService, forget_expired_values,
    )

    flask_request = FlaskRequest()
    for name in ("iss", "login_hint", "target_link_uri"):
        if not flask_request.get_param(name):
            return refused(f"The LMS sent no {name}: this address is for the LMS's login initiation.")
    storage = DatabaseLaunchStorage()
    oidc = FlaskOIDCLogin(flask_request, DatabaseToolConf(), session_service=OnceNonceSessionService(flask_request),
                          launch_data_storage=storage)
    if not flask_request.get_param("lti1p3_new_window"):
        protocol, params = oidc.get_cookies_allowed_js_check_params()
        return render_template("lti/cookie_check.html", params=params,
                               url=url_for("lti.login", _external=True))
    try:
        forget_expired_values()
        target = oidc.get_redirect_object(url_for("lti.launch", _external=True))
    except (OIDCException, LtiException):
        return refused("This LMS is not registered with quizapp (unknown issuer or client id). "
                       "Ask a teacher to register it in quizapp's LMS settings.")
    db.session.commit()  # the nonce, before the browser goes to the LMS
    return target.do_redirect()


@bp.post("/launch")
@csrf.exempt
def launch():
    """The signed id_token: validated in full (signature against the platform's JWKS, issuer,
    audience, one-time nonce, state, expiry, deployment), then the person is signed in."""
    from pylti1p3.contrib.flask import FlaskMessageLaunch, FlaskRequest
    from pylti1p3.exception import LtiException

    from quizapp.web.lti.tool import (
        LAUNCH_DATA_SECONDS, DatabaseLaunchStorage, DatabaseToolConf, OnceNonceSessionService, http_session,
    )

    flask_request = FlaskRequest()
    if not flask_request.get_param("id_token") or not flask_request.get_param("state"):
        return refused("This address takes a launch from the LMS; open quizapp from your course.")
    try:
        message = FlaskMessageLaunch(flask_request, DatabaseToolConf(),
                                     session_service=OnceNonceSessionService(flask_request),
                                     launch_data_storage=DatabaseLaunchStorage(), requests_session=http_session())
        message.set_jwt_verify_options(JWT_OPTIONS)
        message.set_launch_data_lifetime(LAUNCH_DATA_SECONDS)
        body = dict(message.get_launch_data())
        claims = read_launch(body)
    except LtiException as error:
        db.session.commit()  # a nonce once looked at stays used, whatever else failed
        current_app.logger.warning("LTI launch refused: %s", error)
        return refused(_reason(str(error)))
    except ClaimError as error:
        db.session.commit()
        return refused(str(error))
    deep_linking = claims.message_type == DEEP_LINKING_REQUEST
    if deep_linking and (claims.role != "teacher" or not (claims.deep_linking or {}).get("deep_link_return_url")):
        return refused("Only a course's instructor can choose quizapp content from the LMS.", 403)
    platform = DatabaseToolConf().platform(claims.issuer, claims.client_id)
    try:
        result = ops.apply_launch(platform.id, claims)
    except ClaimError as error:
        return refused(str(error), 403)
    login_user(result.user)
    session[LTI_FRAME_KEY] = {"user": result.user.get_id(), "origin": frame_origin_of(platform)}
    if deep_linking:
        # The signed session cookie carries where the choice goes back to, and for which course.
        settings = claims.deep_linking or {}
        session["lti_deep_link"] = {
            "user": result.user.get_id(), "platform_id": platform.id, "deployment_id": claims.deployment_id,
            "classroom_id": result.classroom.id,
            "return_url": settings["deep_link_return_url"], "data": settings.get("data"),
            "title": settings.get("title") or ""}
        return redirect(url_for("lti.deep_link"))
    return redirect(_landing(result))


def frame_origin_of(platform: LtiPlatform) -> str:
    """The origin whose pages frame the launched session: the LMS address registered, else the issuer's."""
    from quizapp.web.lti import deep_linking

    return deep_linking.origin(platform.lms_url or platform.issuer)


def _reason(error: str) -> str:
    """The library's message, said for a person (what to do, not which check)."""
    lowered = error.lower()
    if "nonce" in lowered:
        return "This launch was used already. Open quizapp again from your course."
    if "state" in lowered or "cookie" in lowered:
        return ("Your browser did not keep quizapp's sign-in cookie inside the LMS. "
                "Open quizapp again from your course; if this comes back, open it in a new window.")
    if "expired" in lowered:
        return "This launch has expired. Open quizapp again from your course."
    if "deployment" in lowered:
        return "This LMS deployment is not registered with quizapp. Ask a teacher to add its deployment id."
    if "registration" in lowered or "client id" in lowered:
        return "This LMS is not registered with quizapp (unknown issuer or client id)."
    return "The LMS's launch could not be verified (its signature or contents are wrong). Open quizapp again from your course."


def _landing(result: ops.LaunchResult) -> str:
    if result.user.is_student:
        return url_for("student.home")
    if result.link is not None:
        return url_for("gradebook.results", assignment_id=result.link.assignment_id)
    return url_for("classes.show", class_id=result.classroom.id)


def _pending_picker() -> tuple[dict, Classroom]:
    pending = session.get("lti_deep_link")
    # Only for the teacher the picker was opened for (another sign-in on this browser starts afresh).
    if not isinstance(pending, dict) or pending.get("user") != current_user.get_id():
        abort(404)
    return pending, owned_or_404(Classroom, pending["classroom_id"])


def _picker_page(classroom: Classroom, form: DeepLinkForm, bank_form: DeepLinkBankForm, pending: dict):
    quizzes = list(db.session.scalars(select(Quiz).where(Quiz.owner_id == current_user.id).order_by(Quiz.title)))
    form.quiz_id.choices = [SelectChoice(quiz.id, quiz.title) for quiz in quizzes]
    versions = bank_queries.visible_versions(current_user.id)
    counts = bank_queries.question_counts([v.id for v in versions])
    bank_form.version_id.choices = [
        SelectChoice(v.id, f"{v.bank.title}, version {v.number} ({counts.get(v.id, 0)} questions)") for v in versions]
    for picker in (form, bank_form):
        if not picker.is_submitted():
            picker.title.data = pending.get("title") or ""
    return quizzes, versions


def _link_answer(pending: dict, assignment, score_policy: str):
    """The signed LtiDeepLinkingResponse, auto-posted to the LMS by the page."""
    from quizapp.web.lti import deep_linking

    platform = db.session.get(LtiPlatform, pending["platform_id"])
    jwt_value = deep_linking.response_jwt(platform, pending, assignment, score_policy,
                                          url_for("lti.launch", _external=True))
    session.pop("lti_deep_link", None)
    g.lti_form_action = deep_linking.origin(pending["return_url"])
    return render_template("lti/deep_link_return.html", return_url=pending["return_url"], jwt=jwt_value,
                           title=assignment.title)


@bp.route("/deep-link", methods=["GET", "POST"])
@teacher_required
def deep_link():
    """The teacher picks a quiz (or makes one from a bank: deep_link_bank); quizapp makes the
    course's assignment and answers the LMS with a signed LtiDeepLinkingResponse: a resource link
    to it, with a line item (label, maximum score)."""
    pending, classroom = _pending_picker()
    form, bank_form = DeepLinkForm(), DeepLinkBankForm(prefix="bank", formdata=None)
    quizzes, versions = _picker_page(classroom, form, bank_form, pending)
    if form.validate_on_submit():
        quiz = owned_or_404(Quiz, form.quiz_id.data, owner_attr="owner_id")
        title = (form.title.data or "").strip() or quiz.title
        assignment = ops.assignment_for_link(classroom.id, quiz.id, title, form.attempts_allowed.data,
                                             form.review_policy.data)
        return _link_answer(pending, assignment, form.score_policy.data)
    return render_template("lti/deep_link.html", form=form, bank_form=bank_form, classroom=classroom,
                           quizzes=quizzes, versions=versions), (400 if form.errors else 200)


@bp.post("/deep-link/bank")
@teacher_required
def deep_link_bank():
    """A new quiz from a bank version the teacher may use (every question, or N drawn per skill),
    placed in the LMS like a picked quiz."""
    pending, classroom = _pending_picker()
    form, bank_form = DeepLinkForm(formdata=None), DeepLinkBankForm(prefix="bank")
    quizzes, versions = _picker_page(classroom, form, bank_form, pending)
    if bank_form.validate_on_submit():
        version = bank_queries.version_or_404(bank_form.version_id.data, current_user.id)
        title = (bank_form.title.data or "").strip() or version.title
        per_skill = bank_form.per_skill.data if bank_form.how.data == "per_skill" else None
        try:
            assignment = ops.assignment_from_bank(current_user.id, classroom.id, version.id, per_skill, title,
                                                  bank_form.attempts_allowed.data, bank_form.review_policy.data)
        except QuizError as error:
            bank_form.version_id.errors = [error.message]
        else:
            return _link_answer(pending, assignment, bank_form.score_policy.data)
    return render_template("lti/deep_link.html", form=form, bank_form=bank_form, classroom=classroom,
                           quizzes=quizzes, versions=versions), 400


@bp.get("/jwks")
def jwks():
    from quizapp.web.lti.keys import public_jwks

    response = jsonify(public_jwks())
    response.headers["Cache-Control"] = "public, max-age=300"
    return response


@bp.get("/canvas.json")
def canvas_config():
    """Canvas's "Paste JSON" / "Enter URL" developer key configuration."""
    return jsonify(canvas_json())


def tool_urls() -> dict[str, str]:
    return {
        "login": url_for("lti.login", _external=True),
        "launch": url_for("lti.launch", _external=True),
        "jwks": url_for("lti.jwks", _external=True),
        "canvas": url_for("lti.canvas_config", _external=True),
    }


def canvas_json() -> dict:
    urls = tool_urls()
    domain = request.host
    return {
        "title": "quizapp",
        "description": "Reading-comprehension quizzes from news articles; scores go to the gradebook.",
        "oidc_initiation_url": urls["login"],
        "target_link_uri": urls["launch"],
        "public_jwk_url": urls["jwks"],
        "scopes": [
            "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
            "https://purl.imsglobal.org/spec/lti-ags/scope/score",
            "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly",
            "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly",
        ],
        "extensions": [{
            "domain": domain, "platform": "canvas.instructure.com", "privacy_level": "public",
            # The content pickers send a deep-linking request: the teacher chooses a quiz in quizapp.
            "settings": {"placements": [
                {"placement": placement, "message_type": "LtiDeepLinkingRequest", "target_link_uri": urls["launch"]}
                for placement in ("assignment_selection", "link_selection")]},
        }],
        "custom_fields": {},
    }


# --- the teacher's settings page ---------------------------------------------------------------

@admin_bp.route("/", methods=["GET", "POST"])
@teacher_required
def settings():
    from quizapp.web.lti import roster

    form = PlatformForm()
    if form.validate_on_submit():
        try:
            ops.register_platform(current_user.id, _platform_fields(form))
        except ops.PlatformError as error:
            getattr(form, error.field or "issuer").errors.append(error.message)
        else:
            return redirect(url_for("lti_admin.settings"))
    platforms = list(db.session.scalars(select(LtiPlatform).where(LtiPlatform.owner_id == current_user.id)
                                        .order_by(LtiPlatform.created_at)))
    linked = queries.linked_assignments(current_user.id)
    return render_template("lti/settings.html", form=form, platforms=platforms, urls=tool_urls(), linked=linked,
                           courses=roster.courses_of(current_user.id)), (
        400 if form.errors else 200)


def _platform_fields(form: PlatformForm) -> ops.PlatformFields:
    return ops.PlatformFields(
        name=form.name.data or "", issuer=form.issuer.data, client_id=form.client_id.data,
        deployment_ids=ops.parse_deployment_ids(form.deployment_ids.data),
        auth_login_url=form.auth_login_url.data, token_url=form.token_url.data, jwks_url=form.jwks_url.data,
        lms_url=form.lms_url.data or "")


@admin_bp.route("/platforms/<int:platform_id>", methods=["GET", "POST"])
@teacher_required
def edit_platform(platform_id: int):
    """Change a registered platform's ids and addresses (the teacher who registered it)."""
    platform = owned_or_404(LtiPlatform, platform_id, owner_attr="owner_id")
    fields = ops.platform_fields(platform)  # shown first; what was typed replaces it on a POST
    form = PlatformEditForm(data={**vars(fields), "deployment_ids": "\n".join(fields.deployment_ids)})
    if form.validate_on_submit():
        try:
            ops.update_platform(platform.id, _platform_fields(form))
        except ops.PlatformError as error:
            getattr(form, error.field or "issuer").errors.append(error.message)
        else:
            flash(f"{platform.name} saved.", "success")
            return redirect(url_for("lti_admin.settings"))
    return render_template("lti/platform_edit.html", form=form, platform=platform,
                           use=ops.platform_use(platform.id)), (400 if form.errors else 200)


@admin_bp.post("/platforms/<int:platform_id>/remove")
@teacher_required
def remove_platform(platform_id: int):
    """Remove a registration nothing came from; else say what depends on it and keep it."""
    platform = owned_or_404(LtiPlatform, platform_id, owner_attr="owner_id")
    try:
        name = ops.remove_platform(platform.id)
    except ops.PlatformError as error:
        flash(error.message, "error")
        return redirect(url_for("lti_admin.edit_platform", platform_id=platform.id))
    flash(f"{name} removed: quizapp no longer accepts its launches.", "success")
    return redirect(url_for("lti_admin.settings"))


@admin_bp.get("/assignments/<int:assignment_id>/sync")
@teacher_required
def sync(assignment_id: int):
    """Per student: where their grade stands in the LMS gradebook, with "send again"."""
    assignment = my_assignment_or_404(assignment_id, current_user.id)
    rows = queries.sync_rows(assignment.id)
    return render_template("lti/sync.html", assignment=assignment, rows=rows)


@admin_bp.post("/assignments/<int:assignment_id>/students/<int:student_id>/send-again")
@teacher_required
def send_again(assignment_id: int, student_id: int):
    from quizapp.web.lti import passback

    assignment = my_assignment_or_404(assignment_id, current_user.id)
    if not 0 < student_id <= MAX_ID:
        abort(404)
    links = queries.assignment_links(assignment.id)
    if not links or not queries.has_sends(assignment.id, student_id):
        abort(404)
    outcomes = [passback.send_again(link, student_id) for link in links]
    if all(outcome == "sent" for outcome in outcomes if outcome):
        flash("Sent: the LMS gradebook has the grade.", "success")
    else:
        flash("The LMS did not take the grade; it will be tried again. The reason is in the table.", "error")
    return redirect(url_for("lti_admin.sync", assignment_id=assignment.id))


@admin_bp.post("/classes/<int:class_id>/roster")
@teacher_required
def pull_roster(class_id: int):
    """Names and Role Provisioning: the LMS course's learners into the class."""
    from quizapp.web.lti import roster

    classroom = owned_or_404(Classroom, class_id)
    context = db.session.scalar(select(LtiContext).where(LtiContext.classroom_id == classroom.id))
    if context is None:
        abort(404)
    try:
        result = roster.pull_roster(context.id)
    except roster.RosterError as error:
        flash(str(error), "error")
    else:
        flash(f"Roster of {classroom.name} pulled: {result.active} students in the LMS course, {result.added} new "
              f"here, {result.departed} marked departed.", "success")
    return redirect(url_for("lti_admin.settings"))

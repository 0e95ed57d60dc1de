"""The LtiDeepLinkingResponse: quizapp's answer to the LMS's content picker, signed with
quizapp's key by pylti1p3's DeepLink."""
from __future__ import annotations

from urllib.parse import urlsplit

from pylti1p3.deep_link import DeepLink
from pylti1p3.deep_link_resource import DeepLinkResource
from pylti1p3.lineitem import LineItem

from quizapp.models import Assignment, LtiPlatform
from quizapp.web.lti.operations import quiz_max_points
from quizapp.web.lti.tool import registration_of


def origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def response_jwt(platform: LtiPlatform, pending: dict, assignment: Assignment, score_policy: str,
                 launch_url: str) -> str:
    """One resource link to the assignment; its custom parameters come back in every launch of
    the link (the assignment, checked against the course, and the score policy), and its line item
    is the gradebook column the scores go to."""
    settings = {"deep_link_return_url": pending["return_url"], "accept_types": ["ltiResourceLink"],
                "accept_presentation_document_targets": ["iframe", "window"]}
    if pending.get("data") is not None:
        settings["data"] = pending["data"]
    line_item = (LineItem().set_label(assignment.title).set_score_maximum(quiz_max_points(assignment.quiz_id))
                 .set_resource_id(f"quizapp-assignment-{assignment.id}"))
    resource = (DeepLinkResource().set_type("ltiResourceLink").set_title(assignment.title).set_url(launch_url)
                .set_custom_params({"assignment_id": str(assignment.id), "score_policy": score_policy})
                .set_lineitem(line_item))
    return DeepLink(registration_of(platform), pending["deployment_id"], settings).get_response_jwt([resource])

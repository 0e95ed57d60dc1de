"""The persistence layer: SQLAlchemy 2.0 typed models. Import models from here."""
from quizapp.models.accounts import LoginThrottle, User
from quizapp.models.attempts import Attempt, Response
from quizapp.models.banks import Bank, BankQuestion, BankVersion
from quizapp.models.base import Base, utcnow
from quizapp.models.classes import Classroom, Enrollment
from quizapp.models.generator import GenerationJob
from quizapp.models.imports import PendingImport
from quizapp.models.lti import (
    LtiContext, LtiIdentity, LtiKey, LtiLaunchValue, LtiMembership, LtiPlatform, LtiResourceLink, LtiScoreSend,
)
from quizapp.models.regrades import Regrade, RegradeAttempt
from quizapp.models.settings import ServerSetting
from quizapp.models.quizzes import REVIEW_POLICIES, Assignment, AssignmentStudent, Quiz, QuizItem

__all__ = [
    "Assignment", "AssignmentStudent", "Attempt", "Bank", "BankQuestion", "BankVersion", "Base",
    "Classroom", "Enrollment", "GenerationJob", "LoginThrottle", "LtiContext", "LtiIdentity", "LtiKey",
    "LtiLaunchValue", "LtiMembership", "LtiPlatform", "LtiResourceLink", "LtiScoreSend", "PendingImport", "Quiz",
    "QuizItem", "REVIEW_POLICIES", "Regrade", "RegradeAttempt", "Response", "ServerSetting", "User", "utcnow",
]

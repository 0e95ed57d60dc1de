"""The quiz builder: a quiz from a bank version, by picking questions or by drawing N at random
per skill; the list and page of the teacher's quizzes; and a quiz on paper (student copy, key)."""
from __future__ import annotations

from collections import Counter

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user

from wtforms.fields.choices import SelectChoice

from quizapp.models import Quiz
from quizapp.web.access import owned_or_404, teacher_required
from quizapp.web.banks import queries as bank_queries
from quizapp.web.banks.exports import CHOICES, export_response
from quizapp.web.banks.question_view import question_view
from quizapp.web.quizzes import queries
from quizapp.web.quizzes.drawing import MAX_SEED, draw_per_skill, new_seed
from quizapp.web.quizzes.forms import PickForm, draw_form_class
from quizapp.web.quizzes.operations import QuizError, create_quiz
from quizapp.web.quizzes.printing import key_rows, paper_questions, printed_options, printed_questions
from quizapp.web.student.views import plain_article_html

bp = Blueprint("quizzes", __name__, url_prefix="/quizzes")


def _version_or_404(version_id: int):
    return bank_queries.version_or_404(version_id, current_user.id)


@bp.get("/")
@teacher_required
def index():
    return render_template("quizzes/index.html", rows=queries.my_quizzes(current_user.id),
                           versions=bank_queries.visible_versions(current_user.id))


@bp.route("/new/<int:version_id>/pick", methods=["GET", "POST"])
@teacher_required
def pick(version_id: int):
    version = _version_or_404(version_id)
    questions = [question_view(q) for q in version.questions]
    form = PickForm()
    form.questions.choices = [SelectChoice(q.id, q.prompt) for q in questions]
    if not form.is_submitted():
        form.title.data = version.title
    if form.validate_on_submit():
        try:
            quiz = create_quiz(current_user.id, version.id, form.title.data, form.questions.data)
        except QuizError as exc:
            form.questions.errors.append(exc.message)
        else:
            flash(f"Quiz “{quiz.title}” created with {len(quiz.items)} questions.", "success")
            return redirect(url_for("quizzes.show", quiz_id=quiz.id))
    groups: dict[str, list] = {}
    for q in questions:
        groups.setdefault(q.skill, []).append(q)
    return render_template("quizzes/pick.html", form=form, version=version, groups=groups,
                           chosen=set(form.questions.data or []))


@bp.route("/new/<int:version_id>/draw", methods=["GET", "POST"])
@teacher_required
def draw(version_id: int):
    version = _version_or_404(version_id)
    pool = [(q.id, q.skill) for q in version.questions]
    available = sorted(Counter(skill for _, skill in pool).items())
    form = draw_form_class(available)()
    if not form.is_submitted():
        form.title.data = version.title
    drawn = None
    seed = None
    if form.validate_on_submit():
        seed = form.seed.data or new_seed()
        counts = {k: n for k, n in form.counts().items() if n}
        ids = draw_per_skill(pool, counts, seed)
        if form.save.data:
            per_attempt = bool(form.per_attempt.data)
            # Drawn per attempt, the quiz keeps every question of the chosen skills as its pool.
            kept = [qid for qid, skill in pool if skill in counts] if per_attempt else ids
            try:
                quiz = create_quiz(current_user.id, version.id, form.title.data, kept,
                                   draw={"counts": counts} if per_attempt else {"seed": seed, "counts": counts},
                                   draw_per_attempt=per_attempt)
            except QuizError as exc:
                form.title.errors = list(form.title.errors) + [exc.message]
            else:
                if per_attempt:
                    flash(f"Quiz “{quiz.title}” created: each attempt draws {len(ids)} of its {len(kept)} "
                          "questions.", "success")
                else:
                    flash(f"Quiz “{quiz.title}” created: {len(ids)} questions drawn with seed {seed}.", "success")
                return redirect(url_for("quizzes.show", quiz_id=quiz.id))
        # Show the draw and keep its seed in the form, so "Create" saves exactly what is shown.
        form.seed.data, form.seed.raw_data = seed, [str(seed)]
        by_id = {q.id: q for q in version.questions}
        drawn = [question_view(by_id[i]) for i in ids]
    return render_template("quizzes/draw.html", form=form, version=version, drawn=drawn, seed=seed)


@bp.get("/<int:quiz_id>")
@teacher_required
def show(quiz_id: int):
    quiz = owned_or_404(Quiz, quiz_id)
    return render_template(
        "quizzes/show.html", quiz=quiz, questions=[question_view(item.question) for item in quiz.items],
        assignments=queries.quiz_assignments(quiz.id), classes=queries.my_classes(current_user.id),
        export_choices=CHOICES,
    )


def _printed(quiz_id: int, endpoint: str):
    """(quiz, seed, questions, options) of a paper. A quiz drawn per attempt prints one draw,
    named by a seed in the URL (without one, the page redirects to a new one), so the key sheet of
    that URL matches the copies."""
    quiz = owned_or_404(Quiz, quiz_id)
    seed = None
    if quiz.draw_per_attempt:
        seed = request.args.get("seed", type=int)
        if seed is None or not 1 <= seed <= MAX_SEED:
            abort(redirect(url_for(endpoint, quiz_id=quiz.id, seed=new_seed())))
    questions = printed_questions(quiz, seed)
    return quiz, seed, questions, printed_options(quiz, seed, questions)


@bp.get("/<int:quiz_id>/print")
@teacher_required
def print_quiz(quiz_id: int):
    quiz, seed, questions, options = _printed(quiz_id, "quizzes.print_quiz")
    paper = paper_questions(questions, options)
    return render_template("quizzes/print.html", quiz=quiz, seed=seed, questions=paper,
                           total=sum(q.points for q in paper), article=plain_article_html(quiz.bank_version.article))


@bp.get("/<int:quiz_id>/print/key")
@teacher_required
def print_key(quiz_id: int):
    quiz, seed, questions, options = _printed(quiz_id, "quizzes.print_key")
    rows = key_rows(questions, options)
    return render_template("quizzes/print_key.html", quiz=quiz, seed=seed, rows=rows,
                           total=sum(r.points for r in rows))


@bp.get("/<int:quiz_id>/export")
@teacher_required
def export(quiz_id: int):
    quiz = owned_or_404(Quiz, quiz_id)
    return export_response(quiz.bank_version, quiz.title, [item.question for item in quiz.items])

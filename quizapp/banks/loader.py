"""Loading and validating bank files (docs/bank-format.md).

`load_bank(path)` returns a `Bank` or raises `BankError` with every problem found, each naming
file, line and question. `validate_path(path)` checks a bank file, a bank folder or a folder of
banks. YAML is read through PyYAML's composer so each value keeps its line number.
"""
from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from quizapp.banks.errors import BankError, Problem, display_path
from quizapp.banks.evidence import near_match, occurrences, shorten
from quizapp.banks.model import Bank, Correction, Evidence, Question, Source
from quizapp.banks.sentences import sentence_spans
from quizapp.paths import banks_dir
from quizapp.questions import TYPES, Issue

FORMAT_VERSION = 1
BANK_FILE = "bank.yaml"
SKILLS = ("who_said", "affiliation", "figure", "main_idea", "inference", "vocabulary", "detail",
          "author_purpose", "sources")
# What a teacher reads for each skill: the names above are the bank format's, not the classroom's.
SKILL_LABELS = {
    "who_said": "Who said what", "affiliation": "Affiliations", "figure": "Figures", "main_idea": "Main idea",
    "inference": "Inference", "vocabulary": "Vocabulary", "detail": "Details", "author_purpose": "Author's purpose",
    "sources": "Sources",
}


def skill_label(skill: str) -> str:
    return SKILL_LABELS.get(skill, skill.replace("_", " ").capitalize())
ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9-]*")
DATE_PATTERN = re.compile(r"(\d{4})-(\d{2})(?:-(\d{2}))?")
TOP_FIELDS = ("format", "id", "title", "source", "corrections", "questions")
SOURCE_FIELDS = ("title", "publication", "date", "file")
CORRECTION_FIELDS = ("original", "reading", "note")
COMMON_FIELDS = ("id", "type", "skill", "prompt", "answer", "points", "feedback", "evidence", "evidence_occurrence")
# Written by the loader into a question, never by a teacher.
DERIVED_FIELDS = frozenset({"option_spans"})


class _Node:
    """A composed YAML node with its constructed value and line lookups."""

    def __init__(self, node: yaml.Node, value: Any):
        self.node, self.value = node, value

    @property
    def line(self) -> int:
        return self.node.start_mark.line + 1

    def key_line(self, key: str) -> int:
        if isinstance(self.node, yaml.MappingNode):
            for k, _ in self.node.value:
                if isinstance(k, yaml.ScalarNode) and k.value == key:
                    return k.start_mark.line + 1
        return self.line

    def child(self, key: str) -> "_Node | None":
        if isinstance(self.node, yaml.MappingNode) and isinstance(self.value, dict) and key in self.value:
            for k, v in reversed(self.node.value):  # the last one wins, as in the constructed dict
                if isinstance(k, yaml.ScalarNode) and k.value == key:
                    return _Node(v, self.value[key])
        return None

    def item_line(self, key: str, index: int | None) -> int:
        child = self.child(key)
        if child is None:
            return self.line
        if index is not None and isinstance(child.node, yaml.SequenceNode) and index < len(child.node.value):
            return child.node.value[index].start_mark.line + 1
        return self.key_line(key)

    def items(self) -> list["_Node"]:
        if isinstance(self.node, yaml.SequenceNode) and isinstance(self.value, list):
            return [_Node(n, v) for n, v in zip(self.node.value, self.value)]
        return []


MAX_NESTING = 50  # a bank is four levels deep; far deeper is a hostile or broken file


class _BankYamlLoader(yaml.SafeLoader):
    """SafeLoader that keeps dates as the text written: a date is only ever shown and checked,
    and PyYAML would crash on an impossible one (2024-11-31) instead of reporting it.

    A bank needs neither anchors nor aliases, and a few lines of aliases can expand to billions of
    nodes ("billion laughs"): an alias is refused where it stands, as is nesting deeper than
    MAX_NESTING (50,000 brackets would otherwise exhaust the parser's recursion)."""

    def __init__(self, stream):
        super().__init__(stream)
        self._depth = 0

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.composer.ComposerError(None, None, "aliases (*name) are not allowed in a bank file",
                                              event.start_mark)
        self._depth += 1
        try:
            if self._depth > MAX_NESTING:
                raise yaml.composer.ComposerError(None, None, f"nested more than {MAX_NESTING} levels deep",
                                                  self.peek_event().start_mark)
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


_BankYamlLoader.add_constructor("tag:yaml.org,2002:timestamp", yaml.SafeLoader.construct_scalar)


def _compose(text: str) -> tuple[_Node | None, Problem | None]:
    loader = _BankYamlLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None, None
        value = loader.construct_document(node)
        return _Node(node, value), None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        what = " ".join(s for s in (exc.context, exc.problem) if s)
        return None, Problem("", mark.line + 1 if mark else None, f"YAML syntax error: {what}")
    except (yaml.YAMLError, ValueError, TypeError) as exc:
        return None, Problem("", None, f"YAML error: {exc}")
    except RecursionError:  # flow collections nest in the scanner too, before composition
        return None, Problem("", None, f"YAML error: nested too deeply (more than {MAX_NESTING} levels)")
    finally:
        loader.dispose()


def _duplicate_keys(node: yaml.Node) -> list[tuple[int, str]]:
    found, stack = [], [node]
    while stack:
        n = stack.pop()
        if isinstance(n, yaml.MappingNode):
            seen: dict[str, int] = {}
            for k, v in n.value:
                if isinstance(k, yaml.ScalarNode):
                    if k.value in seen:
                        found.append((k.start_mark.line + 1,
                                      f"key '{k.value}' appears twice (first at line {seen[k.value]}); the last one would win"))
                    else:
                        seen[k.value] = k.start_mark.line + 1
                stack.append(v)
        elif isinstance(n, yaml.SequenceNode):
            stack.extend(n.value)
    return sorted(found)


def _read_text(path: Path) -> tuple[str | None, str | None]:
    """(text, None) or (None, message)."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None, "file not found"
    except IsADirectoryError:
        return None, "is a folder, not a file"
    except OSError as exc:
        return None, f"cannot be read: {exc.strerror}"
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return None, f"is not UTF-8 text (byte 0x{data[exc.start]:02x} on line {line}); save it as UTF-8"
    # Line endings as Python's text mode reads them, so evidence offsets match
    # Path.read_text(encoding="utf-8") everywhere else (generator, web, evaluation).
    return text.replace("\r\n", "\n").replace("\r", "\n"), None


@dataclass
class _Checker:
    file: str  # as displayed
    problems: list[Problem] = field(default_factory=list)

    def add(self, line: int | None, message: str, question: str | None = None) -> None:
        self.problems.append(Problem(self.file, line, message, question))


def _is_text(value: Any) -> bool:
    return isinstance(value, str) and value.strip() != ""


def _number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


class _BankReader:
    def __init__(self, path: Path):
        self.path = path
        self.out = _Checker(display_path(path))
        self.article: str | None = None
        self._sentences: list[tuple[int, int]] | None = None

    # -- top level -------------------------------------------------------------------------
    def read(self) -> Bank | None:
        text, error = _read_text(self.path)
        if error:
            self.out.add(None, error)
            return None
        root, problem = _compose(text)
        if problem:
            self.out.add(problem.line, problem.message)
            return None
        if root is None:
            self.out.add(None, "the bank file is empty")
            return None
        for line, message in _duplicate_keys(root.node):
            self.out.add(line, message)
        if not isinstance(root.value, dict):
            self.out.add(root.line, "a bank file must be a mapping with format, title, source and questions")
            return None
        data = root.value
        for key in data:
            if key not in TOP_FIELDS:
                self.out.add(root.key_line(str(key)), f"unknown field '{key}' (known fields: {', '.join(TOP_FIELDS)})")
        fmt = data.get("format")
        if fmt is None:
            self.out.add(1, f"'format: {FORMAT_VERSION}' is missing")
        elif fmt != FORMAT_VERSION:
            self.out.add(root.key_line("format"), f"format {fmt!r} is not supported (this quizapp reads format {FORMAT_VERSION})")
        bank_id = data.get("id", self.path.parent.name)
        if not isinstance(bank_id, str) or not ID_PATTERN.fullmatch(bank_id):
            self.out.add(root.key_line("id"), f"bank id {bank_id!r} must be lower-case letters, digits and hyphens, e.g. kursk-2024")
        title = data.get("title")
        if not _is_text(title):
            self.out.add(root.key_line("title"), "'title' is missing or empty")
        source = self._source(root)
        corrections = self._corrections(root)
        questions = self._questions(root)
        if self.out.problems:
            return None
        return Bank(id=bank_id, title=title, source=source, article=self.article or "", questions=questions,
                    corrections=corrections, path=self.out.file)

    def _source(self, root: _Node) -> Source | None:
        node = root.child("source")
        if node is None:
            self.out.add(root.line, "'source' is missing (title, publication, date, file)")
            return None
        if not isinstance(node.value, dict):
            self.out.add(node.line, "'source' must be a mapping with title, publication, date and file")
            return None
        data = node.value
        for key in data:
            if key not in SOURCE_FIELDS:
                self.out.add(node.key_line(str(key)), f"unknown field 'source.{key}' (known: {', '.join(SOURCE_FIELDS)})")
        for key in ("title", "publication", "file"):
            if not _is_text(data.get(key)):
                self.out.add(node.key_line(key) if key in data else node.line, f"'source.{key}' is missing or empty")
        date = data.get("date")
        if not isinstance(date, str) or not _valid_date(date):
            self.out.add(node.key_line("date") if "date" in data else node.line,
                         f"'source.date' must be an ISO date (2024-11-20) or YYYY-MM, not {data.get('date')!r}")
        file = data.get("file")
        if _is_text(file):
            article_path = self.path.parent / file
            # A bank reads only its own folder: a bank file from elsewhere must not be able to pull
            # /etc/hostname or ../../secrets into an article that students are then shown.
            folder = self.path.parent.resolve()
            if Path(file).is_absolute() or not article_path.resolve().is_relative_to(folder):
                self.out.add(node.key_line("file"),
                             f"'source.file' {file!r} is outside the bank's folder: copy the article into "
                             f"{display_path(self.path.parent)} and name it relative to the bank file")
                return Source(title=str(data.get("title", "")), publication=str(data.get("publication", "")),
                              date=str(date or ""), file=str(file))
            text, error = _read_text(article_path)
            if error:
                self.out.add(node.key_line("file"), f"source file {display_path(article_path)} {error}")
            else:
                self.article = text
        return Source(title=str(data.get("title", "")), publication=str(data.get("publication", "")),
                      date=str(date or ""), file=str(file or ""))

    def _corrections(self, root: _Node) -> list[Correction]:
        node = root.child("corrections")
        if node is None or node.value is None:
            return []
        if not isinstance(node.value, list):
            self.out.add(node.line, "'corrections' must be a list of {original, reading, note}")
            return []
        result = []
        for item in node.items():
            if not isinstance(item.value, dict):
                self.out.add(item.line, "a correction must be a mapping with original, reading and note")
                continue
            for key in item.value:
                if key not in CORRECTION_FIELDS:
                    self.out.add(item.key_line(str(key)), f"unknown field '{key}' in a correction (known: {', '.join(CORRECTION_FIELDS)})")
            original, reading = item.value.get("original"), item.value.get("reading")
            if not _is_text(original) or not _is_text(reading):
                self.out.add(item.line, "a correction needs both 'original' and 'reading' text")
                continue
            if self.article is not None and original not in self.article:
                hint = near_match(self.article, original)
                self.out.add(item.key_line("original"), f"correction original “{shorten(original)}” is not in the article" + (f"; {hint}" if hint else ""))
            result.append(Correction(original=original, reading=reading, note=str(item.value.get("note") or "")))
        return result

    # -- questions -------------------------------------------------------------------------
    def _questions(self, root: _Node) -> list[Question]:
        node = root.child("questions")
        if node is None or not isinstance(node.value, list) or not node.value:
            self.out.add(node.line if node else root.line, "'questions' is missing or empty (a list of questions)")
            return []
        seen: dict[str, int] = {}
        questions = []
        for position, item in enumerate(node.items(), start=1):
            q = self._question(item, position, seen)
            if q is not None:
                questions.append(q)
        return questions

    def _question(self, item: _Node, position: int, seen: dict[str, int]) -> Question | None:
        if not isinstance(item.value, dict):
            self.out.add(item.line, "a question must be a mapping (id, type, skill, prompt, ...)", str(position))
            return None
        data = item.value
        qid = data.get("id")
        label = f"'{qid}'" if isinstance(qid, str) and qid else str(position)
        before = len(self.out.problems)

        def add(line: int, message: str) -> None:
            self.out.add(line, message, label)

        if not _is_text(qid):
            add(item.line, "'id' is missing (lower-case letters, digits and hyphens, e.g. efanov-lines)")
        elif not ID_PATTERN.fullmatch(qid):
            add(item.key_line("id"), f"id '{qid}' must be lower-case letters, digits and hyphens, e.g. efanov-lines")
        elif qid in seen:
            add(item.key_line("id"), f"duplicate id '{qid}' (first used at line {seen[qid]})")
        else:
            seen[qid] = item.key_line("id")

        qtype_name = data.get("type")
        qtype = TYPES.get(qtype_name) if isinstance(qtype_name, str) else None
        if qtype_name is None:
            add(item.line, f"'type' is missing (known types: {', '.join(TYPES)})")
        elif qtype is None:
            add(item.key_line("type"), f"unknown type {qtype_name!r} (known types: {', '.join(TYPES)})")
        skill = data.get("skill")
        if skill is None:
            add(item.line, f"'skill' is missing (known skills: {', '.join(SKILLS)})")
        elif skill not in SKILLS:
            add(item.key_line("skill"), f"unknown skill {skill!r} (known skills: {', '.join(SKILLS)})")
        if not _is_text(data.get("prompt")):
            add(item.key_line("prompt") if "prompt" in data else item.line, "'prompt' is missing or empty")
        points = data.get("points", 1)
        if not _number(points) or points <= 0:
            add(item.key_line("points"), f"points must be a number above 0, not {points!r}")
        feedback = data.get("feedback", "")
        if feedback is None:
            feedback = ""
        if not isinstance(feedback, str):
            add(item.key_line("feedback"), "feedback must be text")

        type_fields = (qtype.fields - DERIVED_FIELDS) if qtype else frozenset()
        if qtype is not None:
            known = (*COMMON_FIELDS, *sorted(type_fields))
            for key in data:
                if key not in known:
                    add(item.key_line(str(key)), f"unknown field '{key}' for a {qtype.name} question (known: {', '.join(known)})")
            if not qtype.answer_written and "answer" in data:
                add(item.key_line("answer"), f"a {qtype.name} question's answer is derived from its evidence; remove 'answer'")

        evidence = self._evidence(item, add)
        if qtype is None:
            return None
        question = Question(
            id=str(qid), type=qtype.name, skill=str(skill), prompt=str(data.get("prompt", "")),
            answer=data.get("answer") if qtype.answer_written else None,
            evidence=evidence or [], points=float(points) if _number(points) else 1.0,
            options=data.get("options"), feedback=feedback if isinstance(feedback, str) else "",
            extra={k: data[k] for k in sorted(type_fields - {"options"}) if k in data},
            line=item.line,
        )
        for issue in qtype.check(question):
            add(self._issue_line(item, issue), issue.message)
        if qtype.name == "evidence_selection" and len(self.out.problems) == before and evidence:
            self._derive_sentences(item, question, add)
        return question if len(self.out.problems) == before else None

    @staticmethod
    def _issue_line(item: _Node, issue: Issue) -> int:
        if issue.field is None:
            return item.line
        return item.item_line(issue.field, issue.index)

    def _evidence(self, item: _Node, add) -> list[Evidence] | None:
        data = item.value
        raw = data.get("evidence")
        if raw is None:
            add(item.line, "'evidence' is missing (an exact quotation from the article, or a list of them)")
            return None
        quotes = [raw] if isinstance(raw, str) else raw
        if not isinstance(quotes, list) or not quotes:
            add(item.key_line("evidence"), "evidence must be a quotation or a list of quotations")
            return None
        occurrence = data.get("evidence_occurrence", 1)
        if not isinstance(occurrence, int) or isinstance(occurrence, bool) or occurrence < 1:
            add(item.key_line("evidence_occurrence"), f"evidence_occurrence must be a whole number from 1, not {occurrence!r}")
            occurrence = 1
        result = []
        for i, quote in enumerate(quotes):
            line = item.item_line("evidence", i if isinstance(raw, list) else None)
            if not _is_text(quote):
                add(line, f"evidence {i + 1} is empty" if quote is None or isinstance(quote, str)
                    else f"evidence {i + 1} must be a quotation, not {quote!r}")
                continue
            if self.article is None:
                continue  # the missing or unreadable article is reported once, at source.file
            found = occurrences(self.article, quote)
            if not found:
                hint = near_match(self.article, quote)
                add(line, f"evidence “{shorten(quote)}” is not in the article" + (f"; {hint}" if hint else ""))
            elif occurrence > len(found):
                add(item.key_line("evidence_occurrence"),
                    f"evidence_occurrence {occurrence}: “{shorten(quote)}” occurs only {len(found)} time(s)")
            else:
                start = found[occurrence - 1]
                result.append(Evidence(text=quote, start=start, end=start + len(quote)))
        return result

    def _derive_sentences(self, item: _Node, question: Question, add) -> None:
        """Fill options (default: the article's sentences), their spans and the derived answer."""
        article = self.article or ""
        if question.options is None:
            spans, options, seen = [], [], set()
            for start, end in sentence_spans(article):
                if article[start:end] not in seen:
                    seen.add(article[start:end])
                    options.append(article[start:end])
                    spans.append([start, end])
            right = {article[s:e] for s, e in sentence_spans(article) if _overlaps(s, e, question.evidence)}
        else:
            options, spans, right = question.options, [], set()
            for i, option in enumerate(options):
                found = occurrences(article, option)
                if not found:
                    hint = near_match(article, option)
                    add(item.item_line("options", i), f"option “{shorten(option)}” is not a sentence of the article" + (f"; {hint}" if hint else ""))
                    continue
                spans.append([found[0], found[0] + len(option)])
                if any(_overlaps(f, f + len(option), question.evidence) for f in found):
                    right.add(option)
        if len(spans) != len(options):
            return
        answer = [o for o in options if o in right]
        if not answer:
            add(item.key_line("evidence"), "none of its options contains the evidence")
            return
        question.options = list(options)
        question.answer = answer
        question.extra["option_spans"] = spans


def _overlaps(start: int, end: int, evidence: list[Evidence]) -> bool:
    return any(start < e.end and e.start < end for e in evidence)


def _valid_date(text: str) -> bool:
    m = DATE_PATTERN.fullmatch(text)
    if not m:
        return False
    year, month, day = int(m[1]), int(m[2]), int(m[3] or 1)
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


# -- public API ------------------------------------------------------------------------------

def bank_file(path: str | os.PathLike) -> Path:
    """The bank.yaml for a bank folder or file path."""
    p = Path(path)
    return p / BANK_FILE if p.is_dir() else p


def check_bank(path: str | os.PathLike) -> tuple[Bank | None, list[Problem]]:
    """Load one bank; (bank, []) when valid, else (None, every problem found)."""
    reader = _BankReader(bank_file(path))
    bank = reader.read()
    problems = sorted(reader.out.problems, key=Problem.sort_key)
    return (bank if not problems else None), problems


def load_bank(path: str | os.PathLike) -> Bank:
    """Load a bank from its folder or its bank.yaml. Raises BankError listing every problem."""
    bank, problems = check_bank(path)
    if problems or bank is None:
        raise BankError(problems)
    return bank


def find_bank_files(path: str | os.PathLike | None = None) -> list[Path]:
    """bank.yaml files under `path`: a file, a bank folder, or a folder of bank folders."""
    p = Path(path) if path is not None else _default_banks_path()
    if p.is_dir():
        if (p / BANK_FILE).is_file():
            return [p / BANK_FILE]
        return sorted(p.glob(f"*/{BANK_FILE}"))
    return [p]


@dataclass
class Report:
    banks: list[Bank]
    problems: list[Problem]
    files: list[str]

    @property
    def files_with_problems(self) -> int:
        return len({p.file for p in self.problems})

    @property
    def question_count(self) -> int:
        return sum(len(b.questions) for b in self.banks)


def check_path(path: str | os.PathLike | None = None) -> Report:
    target = Path(path) if path is not None else _default_banks_path()
    if not target.exists():
        return Report([], [Problem(display_path(target), None, "no such file or folder")], [])
    files = find_bank_files(target)
    if not files:
        return Report([], [Problem(display_path(target), None, f"no {BANK_FILE} found here or in its sub-folders")], [])
    banks, problems = [], []
    first_id: dict[str, str] = {}
    for file in files:
        bank, found = check_bank(file)
        problems += found
        if bank is None:
            continue
        if bank.id in first_id:
            problems.append(Problem(bank.path, None, f"bank id '{bank.id}' is also used by {first_id[bank.id]}"))
        else:
            first_id[bank.id] = bank.path
            banks.append(bank)
    return Report(banks, problems, [display_path(f) for f in files])


def validate_path(path: str | os.PathLike | None = None) -> list[Problem]:
    """Every problem in a bank file, a bank folder or a folder of banks (default: the bundled banks)."""
    return check_path(path).problems


def _default_banks_path() -> Path:
    # Shown relative to the working directory when run from a checkout.
    return banks_dir()

"""The baseline for benchmarks/web.py: the smallest Flask app that answers the same kinds of request
(sign-in form and post, a page, a JSON save, a submit) with no database, no templates on disk and no
extensions. Served by gunicorn with the same worker count as quizapp, it measures what the machine,
Python, Flask and gunicorn cost on their own, so quizapp's figures can be read as a fraction of it.
"""
from __future__ import annotations

from flask import Flask, jsonify, redirect, request, session

app = Flask(__name__)
app.secret_key = "baseline-benchmark-only"

PAGE = "<!doctype html><html lang='en'><title>{title}</title><main><h1>{title}</h1>{body}</main></html>"


@app.get("/login")
def login_form():
    return PAGE.format(title="Sign in", body="<form method='post'><input name='username'></form>")


@app.post("/login")
def login():
    session["user"] = request.form.get("username", "")
    return redirect("/quiz")


@app.get("/quiz")
def quiz():
    return PAGE.format(title="Quiz", body=f"<p>{session.get('user', '')}</p>")


@app.post("/save")
def save():
    return jsonify(saved=len(request.form))


@app.post("/submit")
def submit():
    return redirect("/done")


@app.get("/done")
def done():
    return PAGE.format(title="Done", body="<p>Submitted</p>")

"""SQLite connector: connect(config) opens the database named in config.yaml."""

import sqlite3


def connect(config):
    settings = (config or {}).get("database") or {}
    path = settings.get("path") or ":memory:"
    # The http transport answers from worker threads; the runtime serialises calls.
    conn = sqlite3.connect(path, check_same_thread=False)
    conn.execute(
        "CREATE TABLE IF NOT EXISTS notes ("
        " id INTEGER PRIMARY KEY AUTOINCREMENT,"
        " title TEXT NOT NULL,"
        " body TEXT NOT NULL,"
        " created TEXT NOT NULL DEFAULT (datetime('now')))"
    )
    if conn.execute("SELECT COUNT(*) FROM notes").fetchone()[0] == 0:
        for note in settings.get("seed") or []:
            conn.execute("INSERT INTO notes (title, body) VALUES (?, ?)", (note["title"], note["body"]))
    conn.commit()
    return conn

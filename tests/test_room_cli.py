"""`workshop room`: the URL first, votes stored in the file, a clean exit on SIGINT/SIGTERM, bad input refused."""

from __future__ import annotations

import json
import signal
import urllib.error
import urllib.request
from http.cookiejar import CookieJar

import pytest

from room_support import start_room, stop_room
from workshop.cli import main
from workshop.storage import EngagementStore


def _opener():
    return urllib.request.build_opener(urllib.request.HTTPCookieProcessor(CookieJar()))


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_room_prints_the_url_stores_votes_and_exits_0_when_stopped(example_path, sig):
    """A vote posted to the printed URL is in the file; the signal ends the round with exit 0 and frees the file."""
    proc, url = start_room(example_path, "--alternative", "S", "--bind", "127.0.0.1")
    try:
        assert url.startswith("http://127.0.0.1:") and "/v/" in url
        opener = _opener()
        data = json.load(opener.open(url + "/round", timeout=10))
        org = next(o for o in data["organisations"] if o["short_code"] == "VMO")
        body = json.dumps({"organisation": org["id"], "item": data["items"][6]["id"], "value": 1, "name": "Eva"})
        request = urllib.request.Request(url + "/vote", body.encode(), {"Content-Type": "application/json"})
        assert json.load(opener.open(request, timeout=10))["value"] == 1
    finally:
        code, out, err = stop_room(proc, sig)
    assert code == 0, err
    assert out.split("\t")[:4] == ["vote", "VMO", "7", "1"] and "Eva" in out
    with EngagementStore.open(example_path) as store:  # the lock was released
        assert store.read_only is None
        votes = {(v.organisation_uid, v.alternative_code, v.criterion_number): v.value for v in store.load().votes}
    assert votes[(org["id"], "S", 7)] == 1
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(url + "/round", timeout=2)


@pytest.mark.parametrize("args, needle", [
    (["--alternative", "S", "--bind", "0.0.0.0"], "never on all of them"),
    (["--alternative", "S", "--bind", "::"], "never on all of them"),
    (["--alternative", "S", "--bind", "localhost"], "not an IP address"),
    (["--alternative", "NOPE"], "no alternative NOPE"),
    (["--potential", "Atlantis"], "no organisation Atlantis"),
    (["--alternative", "S", "--port", "70000"], "0–65535"),
    (["--alternative", "S", "--meeting", "nope"], "no meeting nope"),
    (["--alternative", "S", "--bind", "192.0.2.1"], "Nothing can listen on 192.0.2.1"),  # not this machine's
])
def test_room_refuses_bad_arguments_with_one_line_and_exit_2(example_path, capsys, args, needle):
    """All interfaces, a name instead of an address, an address this machine does not have, an unknown
    alternative/organisation/meeting: one line, exit 2, and the file left as it was with no backup taken (the
    file had been opened for writing, and backed up, before the round was checked)."""
    before = example_path.read_bytes()
    backups = example_path.with_name(example_path.name + ".backups")
    taken = sorted(backups.iterdir()) if backups.exists() else []
    assert main(["room", str(example_path), *args]) == 2
    err = capsys.readouterr().err
    assert needle in err and err.count("\n") == 1
    assert example_path.read_bytes() == before
    assert (sorted(backups.iterdir()) if backups.exists() else []) == taken


def test_room_refuses_a_file_another_window_holds(example_path, capsys):
    """While the app has the file open, `workshop room` on it says who holds it (exit 2)."""
    with EngagementStore.open(example_path):
        assert main(["room", str(example_path), "--preferences"]) == 2
    assert "workshop room:" in capsys.readouterr().err


def test_a_vote_after_the_file_was_moved_away_is_refused_in_json_with_503(example_path, tmp_path):
    """The file moved (or deleted) during the round: each phone is told its vote was not saved (503, a JSON
    reason, as docs/room-voting.md says), the terminal says so in one line, no traceback, and the round
    still ends with exit 0."""
    proc, url = start_room(example_path, "--alternative", "S", "--bind", "127.0.0.1")
    try:
        opener = _opener()
        data = json.load(opener.open(url + "/round", timeout=10))
        example_path.rename(tmp_path / "moved.workshop")
        body = json.dumps({"organisation": data["organisations"][0]["id"], "item": data["items"][0]["id"],
                           "value": 2})
        request = urllib.request.Request(url + "/vote", body.encode(), {"Content-Type": "application/json"})
        with pytest.raises(urllib.error.HTTPError) as refused:
            opener.open(request, timeout=10)
        assert refused.value.code == 503
        reason = json.load(refused.value)["error"]
        assert "could not be saved" in reason and example_path.name not in reason  # no path to the phones
    finally:
        code, _out, err = stop_room(proc, signal.SIGINT)
    assert code == 0
    assert "vote not saved" in err and "Traceback" not in err


def test_the_listening_check_binds_a_link_local_address_with_its_interface(monkeypatch):
    """`--bind fe80::…%eth0` (the address a hotspot gives, with its interface): the check before the file is
    opened binds it as the server does, interface included (it had bound the bare address and refused it)."""
    import socket

    from workshop.room.runner import check_listen

    bound = []
    monkeypatch.setattr(socket.socket, "bind", lambda self, where: bound.append(where))
    check_listen("fe80::1%lo", 0)
    check_listen("127.0.0.1", 8080)
    assert bound == [("fe80::1", 0, 0, socket.if_nametoindex("lo")), ("127.0.0.1", 8080)]


def test_votes_are_answered_200_after_the_reader_of_its_output_has_gone(example_path):
    """`workshop room … | head -1`: once nothing reads the vote lines, a saved vote had been answered 500
    (the line's print raised BrokenPipeError); every vote is now answered 200 and stored, and the round still
    ends with exit 0 and no traceback."""
    proc, url = start_room(example_path, "--alternative", "S", "--bind", "127.0.0.1")
    proc.stdout.close()  # as `head -1` exits after the URL line
    try:
        opener = _opener()
        data = json.load(opener.open(url + "/round", timeout=10))
        org = data["organisations"][0]["id"]
        for number, value in ((1, 2), (2, 3), (1, 4)):
            body = json.dumps({"organisation": org, "item": data["items"][number - 1]["id"], "value": value})
            request = urllib.request.Request(url + "/vote", body.encode(), {"Content-Type": "application/json"})
            with opener.open(request, timeout=10) as answer:
                assert answer.status == 200
    finally:
        code, _out, err = stop_room(proc)
    assert code == 0, err
    assert "Traceback" not in err and "Error" not in err
    with EngagementStore.open(example_path, read_only=True) as store:
        votes = {(v.organisation_uid, v.criterion_number): v.value
                 for v in store.load().votes if v.alternative_code == "S"}
    assert (votes[(org, 1)], votes[(org, 2)]) == (4, 3)

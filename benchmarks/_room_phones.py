"""Simulated phones for bench_room: N phones on loopback, each with its own address and cookie, each sending
the votes of one round. Run as a child process (phones are other devices); prints one JSON line.

usage: _room_phones.py URL PHONES paced|burst SEED

paced: each phone opens the page at a random moment in the first START seconds, then taps its votes with
GAP_LO–GAP_HI seconds between taps (a busy room). burst: every phone at once, no pauses (what is held).
Each vote is printed with what was sent and when (time.perf_counter, the same monotonic clock as the
app's process), so the app can tell when the projector showed it. Each phone k speaks from 127.0.x.y
(Linux answers for all of 127/8), so the per-address rate limit sees 300 phones, as on a hotspot.
"""

from __future__ import annotations

import asyncio
import json
import random
import sys
import time

import aiohttp

START, GAP_LO, GAP_HI = 20.0, 2.0, 6.0


async def phone(k: int, url: str, paced: bool, rng: random.Random, out: list) -> None:
    local = f"127.0.{1 + k // 250}.{1 + k % 250}"
    connector = aiohttp.TCPConnector(local_addr=(local, 0), limit=1)
    timeout = aiohttp.ClientTimeout(total=120)
    async with aiohttp.ClientSession(connector=connector, cookie_jar=aiohttp.CookieJar(unsafe=True),
                                     timeout=timeout) as session:
        if paced:
            await asyncio.sleep(rng.uniform(0, START))
        async with session.get(url + "/round") as r:
            data = await r.json()
        org = data["organisations"][k % len(data["organisations"])]["id"]
        for item in data["items"]:
            value = rng.randint(item["min"], item["max"])
            t0 = time.perf_counter()
            try:
                async with session.post(url + "/vote", json={"organisation": org, "item": item["id"],
                                                             "value": value}) as r:
                    await r.read()
                    status = r.status
            except aiohttp.ClientError as exc:
                status = f"{type(exc).__name__}"
            t1 = time.perf_counter()
            out.append({"ms": (t1 - t0) * 1000, "status": status, "start": t0, "end": t1,
                        "organisation": org, "item": item["id"], "value": value})
            if paced:
                await asyncio.sleep(rng.uniform(GAP_LO, GAP_HI))


async def main(url: str, phones: int, paced: bool, seed: int) -> dict:
    rng = random.Random(seed)
    out: list = []
    await asyncio.gather(*(phone(k, url, paced, random.Random(rng.random()), out) for k in range(phones)))
    return {"votes": out}


if __name__ == "__main__":
    url, phones, mode, seed = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
    print(json.dumps(asyncio.run(main(url, phones, mode == "paced", seed))), flush=True)

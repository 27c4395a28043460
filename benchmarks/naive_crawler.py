"""The floor: a single-threaded requests + BeautifulSoup crawler, as anyone would write it first.

It dedupes exact URLs only (after dropping the #fragment), so it fetches every alias, session
id variant and calendar month it meets. Usage: naive_crawler.py BASE_URL OUT.jsonl [--max N]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import deque
from urllib.parse import urldefrag, urljoin

import requests
from bs4 import BeautifulSoup


def crawl(base: str, out_path: str, max_pages: int) -> int:
    session = requests.Session()
    session.trust_env = False
    seen = {base}
    queue = deque([base])
    stored = 0
    with open(out_path, "w", encoding="utf-8") as out:
        while queue and len(seen) <= max_pages:
            url = queue.popleft()
            try:
                r = session.get(url, timeout=10)
            except requests.RequestException as exc:
                print(f"{url}: {exc}", file=sys.stderr)
                continue
            if r.status_code != 200 or "html" not in r.headers.get("Content-Type", ""):
                continue
            soup = BeautifulSoup(r.content, "lxml")
            title = soup.title.get_text(strip=True) if soup.title else ""
            text = soup.get_text(" ", strip=True)
            row = {"url": r.url, "title": title, "words": len(text.split())}
            out.write(json.dumps(row) + "\n")
            stored += 1
            for a in soup.find_all("a", href=True):
                link = urldefrag(urljoin(r.url, a["href"]))[0]
                if link.startswith(base) and link not in seen:
                    seen.add(link)
                    queue.append(link)
    return stored


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("base")
    ap.add_argument("out")
    ap.add_argument("--max", type=int, default=1_000_000)
    args = ap.parse_args()
    stored = crawl(args.base, args.out, args.max)
    print(f"stored {stored} pages")
    return 0


if __name__ == "__main__":
    sys.exit(main())

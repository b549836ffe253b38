#!/usr/bin/env python3
"""Writes N made-up news articles as JSON Lines, one CMS record a line, for trying factlint on a
batch pipeline. Every seventh article names a weekday that does not match its date, and every
eleventh has a headline figure its body contradicts; the rest are consistent.

  generate_articles.py N OUT.jsonl [--seed S]
"""
import argparse, datetime, json, random

TOWNS = ["Ashford", "Brayton", "Calder", "Dunmore", "Eastleigh", "Fenwick", "Garston", "Holcombe"]
THINGS = [("bridge", "reopened"), ("library", "opened"), ("depot", "closed"), ("market", "moved"),
          ("school", "expanded"), ("harbour", "dredged"), ("clinic", "opened"), ("rail line", "electrified")]
PEOPLE = ["Ana Ruiz", "Tom Becker", "Lena Varga", "Owen Pryce", "Mira Sato", "Jon Ekwueme"]


def article(number, rng):
    town = rng.choice(TOWNS)
    thing, verb = rng.choice(THINGS)
    person = rng.choice(PEOPLE)
    published = datetime.date(2024, 1, 1) + datetime.timedelta(days=rng.randrange(330))
    event = published - datetime.timedelta(days=rng.randrange(1, 6))
    weekday = event.strftime("%A")
    if number % 7 == 3:
        weekday = (event + datetime.timedelta(days=1)).strftime("%A")  # planted: the wrong weekday
    jobs = rng.randrange(40, 400)
    headline_jobs = jobs + 90 if number % 11 == 5 else jobs          # planted: the headline disagrees
    body = "\n\n".join([
        "%s's %s %s on %s, %s, council officials said." % (town, thing, verb, weekday, event.strftime("%B %-d, %Y")),
        "The %s project created %d jobs, the council said." % (thing, jobs),
        "\"It was worth the wait,\" said %s, who chairs the works committee." % person,
    ])
    return {
        "id": number,
        "type": "post",
        "date": published.isoformat(),
        "title": "%s %s project creates %d jobs" % (town, thing, headline_jobs),
        "markdown": body + "\n",
    }


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("count", type=int)
    parser.add_argument("out")
    parser.add_argument("--seed", type=int, default=16)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with open(args.out, "w", encoding="utf-8") as out:
        for number in range(1, args.count + 1):
            out.write(json.dumps(article(number, rng)) + "\n")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Writes N synthetic news articles (Markdown with front matter) for bench/run when ../shared is
absent. The text is generated from a small vocabulary written for this purpose."""
import os
import random
import sys

out, count = sys.argv[1], int(sys.argv[2])
os.makedirs(out, exist_ok=True)
random.seed(1)
places = ["LONDON", "TOKYO", "WASHINGTON", "PARIS", "NEW YORK", "FRANKFURT"]
months = ["January", "February", "March", "April", "May", "June"]
people = ["Finance Minister Ola Dahl", "Chairman Ken Moss", "Gov. Rita Lane", "President Ida Berg"]
verbs = ["said", "told reporters", "added", "announced"]
nouns = ["profits", "exports", "output", "prices", "shares", "sales", "orders"]
for index in range(count):
    month = random.randrange(6)
    day = random.randint(1, 28)
    lines = ["---", 'title: "%s %s %d PCT"' % (random.choice(nouns).upper(), random.choice(["RISE", "FALL"]), random.randint(1, 20)),
             "date: 1987-%02d-%02d" % (month + 1, day), "---", ""]
    body = "%s, %s %d - " % (random.choice(places), months[month], day)
    paragraphs = []
    for _ in range(random.randint(3, 8)):
        sentences = []
        for _ in range(random.randint(1, 4)):
            sentences.append("%s %s %s rose %d.%d pct to %d mln dlrs in %s from %d mln a year earlier." % (
                random.choice(people), random.choice(verbs), random.choice(nouns), random.randint(0, 30), random.randint(0, 9),
                random.randint(10, 900), random.choice(months), random.randint(10, 900)))
        paragraphs.append(" ".join(sentences))
    lines.append(body + "\n\n".join(paragraphs))
    with open(os.path.join(out, "s%05d.md" % index), "w") as handle:
        handle.write("\n".join(lines) + "\n")

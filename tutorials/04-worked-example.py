# %% [markdown]
# # The whole article, end to end
#
# One call, `newsfacts.extract`, turns an article into all its facts, cross-referenced and
# with provenance: money, dates, people and organizations, quotes, monetary commitments and
# events, all pointing at the same `Actor` objects. This tutorial reads the worked example
# (a Canadian outlet, 2 January 2026) as a reader would: the timeline of events, Canada's
# commitments to Ukraine, who said what when, and the schema.org JSON-LD.

# %%
import json

import matplotlib.dates as mdates
import matplotlib.pyplot as plt

import newsfacts

article = newsfacts.worked_example()
facts = newsfacts.extract(article)
print(f"{len(facts.money)} amounts, {len(facts.dates)} dates, {len(facts.durations)} durations, "
      f"{len(facts.entities)} entities, {len(facts.quotes)} quotes, "
      f"{len(facts.commitments)} commitments, {len(facts.events)} events")

# %% [markdown]
# ## The timeline of events
#
# Each `Event` has a kind, its actors, a place, when it happens (a `DateRange`), a status and
# the attributions that assert or deny it. Mentions of the same event are merged: "will
# travel to France early next week", "his Jan. 5 to 6 visit to France" and "is scheduled to
# meet" are one visit, with every span, and the more precise date wins.

# %%
def when(e):
    if e.when is None:
        return "undated"
    s, t = e.when.start, e.when.end
    return f"{s}" if s == t else f"{s} .. {t}"


for e in sorted(facts.events, key=lambda e: (e.when is None, e.when.start if e.when else None)):
    print(f"{when(e):24s} {e.kind.value:9s} {e.status.value:9s} "
          f"{', '.join(a.name for a in e.actors):40s} at {e.place.name if e.place else '-'}")
    for a in e.asserted_by:
        print(f"{'':24s}   asserted by {a.speaker.name if a.speaker else '?'} ({a.cue})")
    for a in e.denied_by:
        print(f"{'':24s}   denied by {a.speaker.name if a.speaker else '?'} ({a.cue})")

# %% [markdown]
# What is scheduled (the visit to France), what happened (the Halifax meeting, the
# statement, the New Year's address) and what is alleged (Russia's accusation of a drone
# attack on 29 December, which Ukraine denies, so the attack is *disputed*), around the
# publication date:

# %%
colors = {"scheduled": "tab:blue", "expected": "tab:blue", "occurred": "tab:green",
          "alleged": "tab:orange", "disputed": "tab:red", "cancelled": "tab:gray"}
dated = [e for e in facts.events if e.when is not None and e.when.start and e.when.end]
dated.sort(key=lambda e: e.when.start)
fig, ax = plt.subplots(figsize=(9, 0.6 + 0.45 * len(dated)))
for i, e in enumerate(dated):
    start = mdates.date2num(e.when.start)
    width = mdates.date2num(e.when.end) - start + 1
    ax.barh(i, width, left=start, color=colors[e.status.value], height=0.6)
    label = f"{e.kind.value}: {', '.join(a.name for a in e.actors[:2])} ({e.status.value})"
    ax.text(start + width + 0.2, i, label, va="center", fontsize=8)
ax.axvline(mdates.date2num(article.published), color="black", linestyle="--", linewidth=1)
ax.text(mdates.date2num(article.published), -0.75, " published", fontsize=8)
ax.set_ylim(-1, len(dated))
ax.set_yticks([])
ax.xaxis.set_major_formatter(mdates.DateFormatter("%b %d"))
ax.set_xlim(mdates.date2num(dated[0].when.start) - 1, mdates.date2num(dated[-1].when.end) + 9)
ax.set_title("Events in the worked example")
fig.tight_layout()
plt.show()

# %% [markdown]
# ## Canada's commitments to Ukraine
#
# A `MonetaryCommitment` says who gives how much to whom, for what, over which period, with
# which status, and which commitment includes it. "Ottawa has committed" is Canada (the
# capital stands for its government). "including $12 billion in direct financial support"
# is part of the $23.5 billion.

# %%
rows = []
for i, c in enumerate(facts.commitments):
    period = c.period.timex if hasattr(c.period, "timex") else (c.period.iso if c.period else "")
    parent = facts.commitments.index(c.part_of) if c.part_of is not None else None
    rows.append([str(i), c.donor.name, c.recipient.name if c.recipient else "-", c.text,
                 c.amount.currency, c.purpose or "", period, c.status.value,
                 "" if parent is None else f"part of #{parent}"])
header = ["#", "donor", "recipient", "amount", "cur", "purpose", "period", "status", "part of"]
widths = [max(len(r[k]) for r in [header, *rows]) for k in range(len(header))]
for r in [header, *rows]:
    print("  ".join(cell.ljust(w) for cell, w in zip(r, widths)))

# %% [markdown]
# The same as a picture: the $12 billion of direct financial support inside the
# $23.5 billion committed since 2022, next to the $2.5 billion announced in Halifax.

# %%
fig, ax = plt.subplots(figsize=(7, 2.2))
for i, c in enumerate(facts.commitments):
    inside = c.part_of is not None
    y = facts.commitments.index(c.part_of) if inside else i
    ax.barh(y, float(c.amount.amount) / 1e9, height=0.35 if inside else 0.6,
            color="tab:orange" if inside else "tab:blue", label=c.purpose)
    ax.text(float(c.amount.amount) / 1e9 + 0.3, y - (0.45 if inside else 0), f"{c.text} {c.purpose}",
            va="center", fontsize=8)
ax.set_yticks([])
ax.set_xlabel("billion CAD")
ax.set_xlim(0, 40)
ax.set_title("Canada's commitments to Ukraine")
fig.tight_layout()
plt.show()

# %% [markdown]
# ## Who said what, when
#
# Quotes point at the same actors as the events and commitments.

# %%
for q in facts.quotes:
    a = q.attribution
    said = a.said_on.timex if a.said_on else "undated"
    print(f"{said:10s} {a.speaker.name if a.speaker else '?':24s} [{q.kind.value:8s}] {q.text[:60]}")

# %% [markdown]
# Every fact keeps the span of the text it came from, so any of them can be shown in
# context:

# %%
visit = facts.events[0]
for span in visit.spans:
    start = max(0, span.start - 30)
    print("...", article.text[start:span.start] + "[" + article.text[span.start:span.end] + "]"
          + article.text[span.end:span.end + 30].replace("\n", " "), "...")

# %% [markdown]
# ## JSON and JSON-LD
#
# `facts.to_dict()` is the "newsfacts/1" JSON (what `newsfacts extract` prints), and
# `Facts.from_dict` reads it back exactly. `facts.to_jsonld()` maps the facts onto
# schema.org: a `NewsArticle` whose `mentions` are `Quotation`, `MonetaryGrant` and `Event`
# nodes and the `Person`, `Organization` and `Country` nodes they refer to.

# %%
doc = facts.to_dict()
assert newsfacts.Facts.from_dict(json.loads(json.dumps(doc))) == facts
print(json.dumps(doc["commitments"][1], ensure_ascii=False, indent=1)[:600])

# %%
ld = facts.to_jsonld()
print(ld["@type"], ld["datePublished"], ld["inLanguage"])
print(sorted({node["@type"] for node in ld["mentions"]}))
grant = next(n for n in ld["mentions"] if n["@type"] == "MonetaryGrant")
print(json.dumps(grant, ensure_ascii=False, indent=1)[:800])

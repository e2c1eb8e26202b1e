# %% [markdown]
# # Who said what, when: people, quotes and attribution
#
# A news story is mostly reported speech. This tutorial follows the worked example's people
# and their words: Carney's two direct quotes (the second with no attribution of its own),
# the Prime Minister's Office statement and its partial quote, Trump's and Zelenskyy's
# partial quotes with their dates and occasions, and the indirect claims of Russia
# ("Moscow") and Ukraine.

# %%
import newsfacts
from newsfacts import find_actors, find_quotes

article = newsfacts.worked_example()
print(article.published, article.locale)

# %% [markdown]
# ## The actors
#
# `find_actors` finds every mention of a person, organization, country, place or group and
# resolves it to one `Actor`. Titles are split off ("Prime Minister Mark Carney" is Mark
# Carney, Prime Minister), later surnames and pronouns point back to the same person, an
# acronym defined in parentheses becomes an alias, and a capital speaking for its country
# ("Ottawa has committed") is that country, with the surface form kept as an alias.

# %%
mentions = find_actors(article.text, locale=article.locale)
actors = {}
for m in mentions:
    actors.setdefault(m.value.name, (m.value, set()))[1].add(f"{m.text} ({m.form.value})")
for name, (actor, forms) in actors.items():
    print(f"{name:26s} {actor.kind.value:12s} title={actor.title!s:15s} aliases={list(actor.aliases)}")
    print(f"{'':26s} seen as: {', '.join(sorted(forms))}")

# %% [markdown]
# ## The quotes
#
# `find_quotes` returns one `Quote` per reporting clause. Its `kind` is `direct` (whole
# sentences in quote marks), `partial` (a fragment in quote marks inside reported speech) or
# `indirect` (reported speech without quote marks). Its `attribution` names the speaker (an
# `Actor`), the reporting cue, the date it was said (`said_on`, resolved with the dates
# functions) and the occasion.

# %%
quotes = find_quotes(article.text, published=article.published, locale=article.locale)
for q in quotes:
    a = q.attribution
    print(f"[{q.kind.value}] {a.speaker.name if a.speaker else '?'} ({a.cue}"
          f"{', ' + a.said_on.timex if a.said_on else ''}{', ' + a.occasion if a.occasion else ''})")
    print(f"    {q.text[:100]}{'...' if len(q.text) > 100 else ''}")

# %% [markdown]
# ## Carney's two quotes
#
# The second quote ("We must deter and fortify ...") has no attribution of its own: it
# continues the quote before it, so it takes the same speaker, date and occasion.

# %%
for q in quotes:
    if q.attribution.speaker and q.attribution.speaker.name == "Mark Carney":
        print(q.kind.value, q.span, repr(article.text[q.span.start : q.span.start + 40]))
        print("   said on", q.attribution.said_on.start, "in", q.attribution.occasion)

# %% [markdown]
# ## Partial quotes carry the whole reported clause
#
# "Trump said on Dec. 28 that Ukraine and Russia are “closer than ever before” to a
# ceasefire" is one partial quote: its `text` is the fragment in quote marks and its
# `content` the whole reported clause. The date comes from "on Dec. 28" (2025: the nearest
# 28 December before the publication date, since "said" is past tense).

# %%
for q in quotes:
    if q.kind.value == "partial":
        a = q.attribution
        print(f"{a.speaker.name}: “{q.text}”")
        print(f"   content: {q.content}")
        print(f"   said on: {a.said_on.start if a.said_on else None}  occasion: {a.occasion}")

# %% [markdown]
# ## Indirect claims: Russia and Ukraine
#
# "Moscow accused Ukraine of initiating ..." is Russia speaking (the capital stands for its
# government), and "Ukraine has denied the allegations ..." is Ukraine's answer. Neither
# has quote marks: they are indirect quotes, with the reported content as their text.

# %%
for q in quotes:
    a = q.attribution
    if q.kind.value == "indirect" and a.speaker and a.speaker.kind.value == "country":
        surface = article.text[a.speaker_span.start : a.speaker_span.end] if a.speaker_span else None
        print(f"{a.speaker.name} (written {surface!r}) {a.cue}: {q.content[:80]}")

# %% [markdown]
# ## Names in quote marks are not quotes
#
# Words in quote marks with no speaker and no reporting cue are names or scare quotes: the
# “Coalition of the Willing” is a group, not something anybody said.

# %%
print(any("Coalition of the Willing" == q.text for q in quotes))
print(find_quotes("Leaders of the “Coalition of the Willing” met in Paris.",
                  published=article.published, locale="en_CA"))

# %% [markdown]
# ## Robust to messy text
#
# Unbalanced or stray quote marks never crash anything: the finder returns what it can.

# %%
for text in ["He said “this never closes.", "” stray ” marks “", "“Yes,” she said. “And"]:
    print([(q.kind.value, q.text) for q in find_quotes(text, published=article.published, locale="en_CA")])

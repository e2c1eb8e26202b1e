# %% [markdown]
# # Dates in the news, resolved against the publication date
#
# News states time relative to the day it is published: "on Dec. 28", "Jan. 5 to 6",
# "last weekend", "earlier this week", "since 2022". This tutorial resolves every temporal
# expression in the worked example (published Friday 2 January 2026 by a Canadian outlet)
# to a calendar range and explains each answer.

# %%
import datetime as dt

import newsfacts
from newsfacts import DateMention, DateRange, DurationMention, find_dates, format_date_range, parse_date_range

article = newsfacts.worked_example()
print(article.published, article.published.strftime("%A"), article.locale)

# %% [markdown]
# ## Every temporal expression
#
# `find_dates` returns date mentions (a `DateRange`, inclusive at both ends, either side
# possibly open) and duration mentions (a `Duration`, with its ISO 8601 value), in order.

# %%
found = find_dates(article.text, published=article.published, locale=article.locale)
for m in found:
    assert article.text[m.span.start : m.span.end] == m.text
    if isinstance(m, DateMention):
        r = m.value
        print(f"{m.text:20s} {r.start!s:>10s} .. {r.end!s:<10s} {r.granularity.value:8s} "
              f"timex={r.timex:24s} role={m.role.value:8s} year_inferred={m.year_inferred}")
    else:
        print(f"{m.text:20s} duration {m.value.iso}")

# %% [markdown]
# ## Why "Dec. 28" is 2025
#
# The text leaves the year out. newsfacts takes the year that puts the date nearest the
# publication date: 28 December 2025 is 5 days before 2 January 2026, 28 December 2026 is
# almost a year after. The sentence's tense breaks ties ("said" looks back, "will" forward).
# `year_inferred` records that the year was not written.

# %%
(dec28,) = [m for m in found if m.text == "Dec. 28"]
print(dec28.value, dec28.year_inferred)
for text in ["Trump said on Dec. 28 that talks were close.", "The talks will resume on Jan. 7."]:
    print(text, "->", [(m.text, m.value.start) for m in find_dates(text, published=article.published)])

# %% [markdown]
# ## What "last weekend" and "earlier this week" cover
#
# Weeks in news run Monday to Sunday (ISO weeks) in every locale. Published on Friday
# 2 January 2026: "last weekend" is the previous Saturday and Sunday (27-28 December 2025);
# "earlier this week" runs from this week's Monday to the day before publication;
# "early next week" is the start of next week.

# %%
for text in ["last weekend", "earlier this week", "early next week", "last week", "this week", "next year"]:
    r = parse_date_range(text, published=article.published, locale=article.locale)
    print(f"{text:18s} {r.start} ({r.start.strftime('%a')}) .. {r.end} ({r.end.strftime('%a')})  {r.timex}")

# %% [markdown]
# ## Why "since 2022" is open
#
# "since 2022" names a starting point, not a period: the range starts on 1 January 2022 and
# has no end (its `end` is `None`, its role is `start`). "in 2022" is the whole year. A
# deadline such as "by Dec. 24" is the opposite: an open start.

# %%
for text in ["since 2022", "in 2022", "by Dec. 24", "through Dec. 31, 2026", "from July 1"]:
    (m,) = find_dates(text, published=article.published, locale=article.locale)
    print(f"{text:22s} start={m.value.start!s:10s} end={m.value.end!s:10s} role={m.role.value:8s} timex={m.value.timex}")

# %% [markdown]
# A duration is not a date: "the four-year mark" is four years long, wherever it falls.

# %%
print([(m.text, m.value.iso) for m in found if isinstance(m, DurationMention)])

# %% [markdown]
# ## Holidays follow the locale
#
# Thanksgiving is the second Monday of October in Canada and the fourth Thursday of
# November in the United States; Easter comes from dateutil.

# %%
for locale in ["en_CA", "en_US"]:
    r = parse_date_range("Thanksgiving 2025", published=article.published, locale=locale)
    print(locale, r.start, r.start.strftime("%A"))
print("Easter 2026:", parse_date_range("Easter 2026", published=article.published).start)

# %% [markdown]
# ## Writing dates back
#
# `format_date_range` writes a range the way a newsroom in the locale would, through babel's
# CLDR date and interval formats, and `parse_date_range` reads that form back to the same
# days. A range that was stated as part of a week ("early next week", "earlier this week")
# is written as plain days, so it reads back with the granularity `day` rather than `week`:
# the same days, a different unit.

# %%
for m in found:
    if isinstance(m, DateMention) and not m.value.is_open:
        for locale in ["en_CA", "en_GB"]:
            text = format_date_range(m.value, locale=locale)
            back = parse_date_range(text, published=article.published, locale=locale)
            same_days = (back.start, back.end) == (m.value.start, m.value.end)
            print(f"{m.text:18s} {locale}: {text:30s} same days: {same_days}  "
                  f"identical: {back == m.value}")

# %% [markdown]
# ## A ParseError, on purpose
#
# `parse_date_range` reads one whole expression; anything else raises `newsfacts.ParseError`
# saying what was expected and where.

# %%
for bad in ["91 drones", "Jan. 5 and some other words", "the 45th of Smarch"]:
    try:
        parse_date_range(bad, published=article.published)
    except newsfacts.ParseError as err:
        print(err)

# %%
# NBVAL_RAISES_EXCEPTION
parse_date_range("$23.5 billion", published=article.published, locale="en_CA")

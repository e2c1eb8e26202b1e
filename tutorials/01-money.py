# %% [markdown]
# # Money in the news: exact amounts, currencies from context
#
# This tutorial walks through the amounts in the worked example, a Canadian outlet's
# article of 2 January 2026 about Prime Minister Mark Carney's visit to France. You will
# see how newsfacts finds every amount with its exact span, why "$" means Canadian dollars
# here, how hedges such as "about" and "more than" are kept, how amounts are written back in
# English and French Canadian style, and what `parse_money` says to bad input.

# %%
import newsfacts
from newsfacts import Money, MoneyRange, find_money, format_money, parse_money

article = newsfacts.worked_example()
print(article.published, article.locale, f"{len(article.text)} characters")
print(article.text[:300], "...")

# %% [markdown]
# ## Finding the amounts
#
# `find_money` scans running prose and returns one mention per amount, in text order. Each
# mention has its `span` (Python `str` offsets, end exclusive), its `text` (always
# `article.text[span.start:span.end]`), its `value` (a `Money` with an exact `Decimal` and
# an ISO 4217 code, or a `MoneyRange`), a `qualifier` and `currency_inferred`.

# %%
mentions = find_money(article.text, locale=article.locale)
for m in mentions:
    assert article.text[m.span.start : m.span.end] == m.text
    print(f"{m.span.start:4d}-{m.span.end:<4d} {m.text:15s} {m.value.amount!s:>12s} "
          f"{m.value.currency}  {m.qualifier.value}  inferred={m.currency_inferred}")

# %% [markdown]
# Each amount is a `Decimal`, never a float, so `$23.5 billion` is exactly 23500000000:

# %%
total = mentions[0].value
print(repr(total), total.to_dict())

# %% [markdown]
# ## Why "$" is CAD here
#
# The article never writes "CAD" or "C$". The currency comes from context: the article's
# locale is `en_CA`, its territory is Canada, and babel's CLDR data says Canada's currency is
# the Canadian dollar. `currency_inferred` records that the currency was taken from context
# rather than written. The same sentence in other locales:

# %%
from babel.numbers import get_territory_currencies

print("CLDR: Canada uses", get_territory_currencies("CA"))
sentence = "Ottawa has committed $23.5 billion in aid to Ukraine since 2022."
for locale in ["en_CA", "fr_CA", "en_US", "en_AU", "en_NZ", "en_GB"]:
    (m,) = find_money(sentence, locale=locale)
    print(f"{locale}: {m.value.currency}  inferred={m.currency_inferred}")

# %% [markdown]
# An explicit marker always wins over the locale: "US$" in a Canadian article is US dollars,
# and so are an ISO code or a currency name.

# %%
for text in ["It paid US$2.5 billion.", "It paid USD 2.5 billion.", "It paid 2.5 billion U.S. dollars.",
             "It paid C$2.5 billion.", "It paid €2.5bn.", "It paid £300m.", "It paid ¥21.3 trillion ($137 billion)."]:
    print(f"{text:42s}", [(m.text, str(m.value.amount), m.value.currency, m.currency_inferred)
                          for m in find_money(text, locale="en_CA")])

# %% [markdown]
# ## Hedges and ranges
#
# News hedges amounts. The hedge is not part of the amount; it is kept as the mention's
# `qualifier`: `approximate`, `at_least`, `at_most` or `exact`. Ranges become a `MoneyRange`.

# %%
for text in ["about $5 million", "nearly $2 billion", "more than €3bn", "at least £40,000",
             "up to $1.2 trillion", "less than 75 cents", "$2-3 billion", "between $10 and $20 million"]:
    (m,) = find_money(text, locale="en_US")
    v = m.value
    shown = f"{v.low.amount}..{v.high.amount}" if isinstance(v, MoneyRange) else str(v.amount)
    print(f"{text:30s} -> {shown:>24s} {v.currency} {m.qualifier.value}")

# %% [markdown]
# ## Writing amounts back
#
# `format_money` writes a value the way a newsroom in a locale would, through babel:
# `compact` is the headline form, `standard` the full amount, `long` spells the currency out.
# French Canadian uses babel's no-break spaces.

# %%
for m in mentions:
    for locale in ["en_CA", "fr_CA"]:
        forms = {style: format_money(m.value, locale=locale, style=style)
                 for style in ["compact", "standard", "long"]}
        print(f"{locale}: {forms}")

# %% [markdown]
# Every form reads back to the same value: `parse_money(format_money(v, ...)) == v`.

# %%
for m in mentions:
    for locale in ["en_CA", "fr_CA"]:
        for style in ["compact", "standard", "long"]:
            text = format_money(m.value, locale=locale, style=style)
            assert parse_money(text, locale=locale) == m.value, (text, locale)
print("all round trips hold")

# %% [markdown]
# ## Bad input
#
# `parse_money` reads one whole expression. Anything else raises `newsfacts.ParseError`, a
# `ValueError` that says what was expected and where:

# %%
for bad in ["ten apples", "$23.5 billion and change", "", "USD"]:
    try:
        parse_money(bad, locale="en_CA")
    except newsfacts.ParseError as err:
        print(f"{bad!r}: {err}")

# %% [markdown]
# Uncaught, it looks like this:

# %%
# NBVAL_RAISES_EXCEPTION
parse_money("91 drones", locale="en_CA")

# %% [markdown]
# Models refuse invalid values too, naming the field and the value: a float amount would
# silently lose cents, and "usd" is not an ISO 4217 code.

# %%
for make in [lambda: Money(1.1, "USD"), lambda: Money(5, "usd")]:
    try:
        make()
    except ValueError as err:
        print(err)

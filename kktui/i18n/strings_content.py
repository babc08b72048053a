"""User-facing strings: checking the content across languages. key -> (bokmål, English, nynorsk)."""

STRINGS: dict[str, tuple] = {
    "check.links_differ": (
        "lenker til andre veiledere enn {other} ({b} mot {a}); de samme malene skal vise til de samme veilederne",
        "links to other guides than {other} ({b} against {a}); the same templates must point to the same guides",
        "lenkjer til andre rettleiarar enn {other} ({b} mot {a}); dei same malane skal vise til dei same rettleiarane",
    ),
}

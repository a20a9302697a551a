"""Pure helpers for names: no spaCy, no Pydantic, no I/O."""

from __future__ import annotations

from collections.abc import Collection


def initials(name: str) -> str:
    """Initials of a name's capitalised words, hyphenated parts counted.

    >>> initials("Shanghai Cooperation Organisation")
    'SCO'
    >>> initials("Kazakhstan Temir Zholy")
    'KTZ'
    >>> initials("UN Environment Programme")
    'UNEP'
    """
    letters = []
    for word in name.replace("-", " ").split():
        if word.isupper() and word.isalpha() and len(word) <= 4:
            letters.append(word)  # "UN Environment Programme" → UNEP
        elif word[:1].isalpha() and word[:1].isupper():
            letters.append(word[0])
    return "".join(letters)


def spells(short: str, letters: str) -> bool:
    """The short form is the long form's initials, or picks some of its letters in order from the first.

    >>> [spells(s, "exclusiveeconomiczone") for s in ("eez", "ez", "pbp", "")]
    [True, True, False, False]
    """
    if not short or not letters or short[0] != letters[0]:
        return False
    rest = iter(letters[1:])
    return all(c in rest for c in short[1:])


def surname_cased(word: str, *, prefixes: Collection[str]) -> bool:
    """A surname whose second capital follows a prefix ('DeBartolo', 'McCarthy') or a capital and an
    apostrophe ('O’Neill', "D'Ath"), not an acronym ('AfDB', 'KfW') nor a compound ('BlueScope').

    >>> [surname_cased(w, prefixes={"Mc", "De"}) for w in ("O’Neill", "DeBartolo", "McCarthy", "AfDB", "BlueScope")]
    [True, True, True, False, False]
    """
    if len(word) > 2 and word[0].isupper() and word[1] in "’'":
        rest = word[2:]
    else:
        head = next((p for p in prefixes if word.startswith(p)), None)
        if head is None:
            return False
        rest = word[len(head):]
    return len(rest) > 2 and rest[0].isupper() and rest[1:].isalpha() and rest[1:].islower()


def title_length(words: list[str], *, after_title: bool, is_role, is_given,
                 joiners: frozenset[str] = frozenset({"of", "for", "and", "the", "&"})) -> int:
    """How many leading `words` of a person's name as tagged are a title, not the name (GOLD.md: a
    PERSON is the name alone): up to the last role word before the surname ('UN Ambassador-designate Mara
    Ames', 'Mr Ames', not 'Martin Luther King Jr.'); a department or portfolio that runs on into the name
    ('Secretary of the Treasury Mara Ames'; 'Minister for [Children Mara Ames]' when `after_title`, a title
    run ending in 'for' just before the words) ends at the first given name (`is_given`); with none, the
    words stay as they are.

    >>> title_length(["Secretary", "of", "the", "Treasury", "Mara", "Ames"], after_title=False,
    ...              is_role={"Secretary"}.__contains__, is_given={"Mara"}.__contains__)
    4
    """
    last_role = max((i for i, w in enumerate(words[:-1]) if is_role(w) or is_role(w.split("-")[0])), default=-1)
    cut = last_role + 1
    if any(is_given(w) for w in words[:cut]):
        return 0  # 'Martin Luther King Jr.': a role word inside a name
    if cut < len(words) - 1 and (words[cut] in joiners or (after_title and last_role < 0)):
        return next((i for i in range(cut, len(words) - 1) if is_given(words[i])), 0)
    return cut


def bare_person_name(name: str, titles: Collection[str], given_names: Collection[str]) -> str:
    """A speaker's name as read from the text, on one line ('Rory⏎Brosius' → 'Rory Brosius'), without the title
    words before it (`title_length`) when a given name opens what is left ('UN Ambassador-designate Mara Ames' in a
    bold lead → 'Mara Ames'; an organisation, 'General Aviation Association', keeps its words)."""
    words = name.split()
    cut = title_length(words, after_title=False, is_role=titles.__contains__, is_given=given_names.__contains__)
    return " ".join(words[cut:] if cut and words[cut] in given_names else words)


def one_letter_apart(a: str, b: str) -> bool:
    """Two spellings of a word that differ by one letter changed, added or dropped.

    >>> one_letter_apart("Ardern", "Arden"), one_letter_apart("Sarea", "Saree"), one_letter_apart("Ames", "Ames")
    (True, True, False)
    """
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = sorted((a, b), key=len)
    i = next((k for k, (x, y) in enumerate(zip(short, long, strict=False)) if x != y), len(short))
    return short[i:] == long[i + 1 :]


def misspells(words: list[str], name: list[str], *, min_letters: int) -> bool:
    """`words` write `name` (or its last words) with the surname one letter off ('Jacinda Arden' for 'Jacinda
    Ardern', 'Saree' for 'Yahya Sarea'), both surnames at least `min_letters` long ('Nash' and 'Nast' may be two
    people).

    >>> misspells(["Saree"], ["Yahya", "Sarea"], min_letters=5)
    True
    >>> misspells(["Jo", "Nash"], ["Jo", "Nast"], min_letters=5)
    False
    """
    if not words or len(name) < len(words) or name[len(name) - len(words) : -1] != words[:-1]:
        return False
    return min(len(name[-1]), len(words[-1])) >= min_letters and one_letter_apart(name[-1], words[-1])

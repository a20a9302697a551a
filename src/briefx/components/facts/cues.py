"""The cue words of `models/lexicons/facts.json`, as frozen sets."""

from __future__ import annotations

from dataclasses import dataclass, fields

from briefx.resources import load_json


@dataclass(frozen=True)
class FactCues:
    """Word lists the fact rules read (all lower-case written forms; no lemmatizer runs)."""

    change_up: frozenset[str]
    change_down: frozenset[str]
    noun_up: frozenset[str]
    noun_down: frozenset[str]
    adverb_up: frozenset[str]
    adverb_down: frozenset[str]
    level_preps: frozenset[str]
    change_preps: frozenset[str]
    target_words: frozenset[str]
    target_needs_infinitive: frozenset[str]
    container_nouns: frozenset[str]
    portion_nouns: frozenset[str]
    portion_frames: frozenset[str]
    measure_preps: frozenset[str]
    owner_preps: frozenset[str]
    act_nouns: frozenset[str]
    base_words: frozenset[str]
    source_words: frozenset[str]
    acknowledging_verbs: frozenset[str]
    clause_marks: frozenset[str]
    qualifier_followers: frozenset[str]
    share_bases: frozenset[str]
    share_verbs: frozenset[str]
    money_verb_preps: frozenset[str]
    time_nouns: frozenset[str]
    duration_preps: frozenset[str]
    change_base_preps: frozenset[str]
    anaphoric_determiners: frozenset[str]
    subject_labels: frozenset[str]
    bullet_marks: frozenset[str]
    item_tags: frozenset[str]
    value_adjectives: frozenset[str]
    goal_nouns: frozenset[str]
    day_words: frozenset[str]
    past_markers: frozenset[str]
    plan_lead_words: frozenset[str]
    non_subject_heads: frozenset[str]
    level_verbs: frozenset[str]
    money_nouns: frozenset[str]
    naming_preps: frozenset[str]
    spend_nouns: frozenset[str]
    receiving_preps: frozenset[str]
    pair_preps: frozenset[str]
    purpose_preps: frozenset[str]
    purpose_verbs: frozenset[str]
    giving_verbs: frozenset[str]
    measure_subject_labels: frozenset[str]
    source_phrases: frozenset[str]
    part_words: frozenset[str]
    comparison_words: frozenset[str]
    amount_nouns: frozenset[str]
    forward_duration_preps: frozenset[str]
    past_duration_words: frozenset[str]
    pledge_nouns: frozenset[str]
    pledge_preps: frozenset[str]
    goal_preps: frozenset[str]
    absolute_marks: frozenset[str]
    party_participles: frozenset[str]
    news_time_words: frozenset[str]
    frame_preps: frozenset[str]
    time_frame_preps: frozenset[str]
    occasion_labels: frozenset[str]
    occasion_preps: frozenset[str]
    ahead_words: frozenset[str]
    plan_subjects: frozenset[str]
    allotting_verbs: frozenset[str]
    allotting_subjects: frozenset[str]
    funding_measures: frozenset[str]
    pointing_pronouns: frozenset[str]
    spread_preps: frozenset[str]
    rate_frames: frozenset[str]
    extreme_frames: frozenset[str]
    restating_verbs: frozenset[str]
    difference_verbs: frozenset[str]
    comparative_up: frozenset[str]
    comparative_down: frozenset[str]
    comparative_needs_than: frozenset[str]
    count_more: frozenset[str]
    count_fewer: frozenset[str]
    setting_verbs: frozenset[str]
    equivalent_links: frozenset[str]
    range_words: frozenset[str]
    start_participles: frozenset[str]
    possessive_pronouns: frozenset[str]
    subject_pronouns: frozenset[str]
    elapsed_words: frozenset[str]
    report_participles: frozenset[str]
    announcing_verbs: frozenset[str]
    announcing_nouns: frozenset[str]
    announced_acts: frozenset[str]
    deadline_preps: frozenset[str]
    day_parts: frozenset[str]
    name_prefixes: frozenset[str]
    layout_marks: frozenset[str]
    perfect_auxiliaries: frozenset[str]
    sentence_closers: frozenset[str]
    range_starts: frozenset[str]
    done_decisions: frozenset[str]
    giving_progressives: frozenset[str]
    giving_passives: frozenset[str]
    present_auxiliaries: frozenset[str]
    known_determiners: frozenset[str]
    allocation_heads: frozenset[str]
    spent_heads: frozenset[str]
    allocation_openers: frozenset[str]
    label_closers: frozenset[str]
    intention_nouns: frozenset[str]
    future_modals: frozenset[str]
    body_heads: frozenset[str]  # entities.json `org_heads`, lower-cased: the head words of a body's name
    state_codes: frozenset[str]  # entities.json `state_codes`: "AL", "NSW"

    cell_max_tokens: int = 30
    row_max_lines: int = 4
    table_max_lines: int = 200
    allocation_noun_tokens: int = 4

    @classmethod
    def load(cls, name: str) -> FactCues:
        """Read a cue file from `models/lexicons/`."""
        data = load_json("lexicons", name)
        nested = {
            "change_up": data["change_verbs"]["up"], "change_down": data["change_verbs"]["down"],
            "noun_up": data["change_nouns"]["up"], "noun_down": data["change_nouns"]["down"],
            "adverb_up": data["change_adverbs"]["up"], "adverb_down": data["change_adverbs"]["down"],
            "comparative_up": data["trailing_comparatives"]["up"],
            "comparative_down": data["trailing_comparatives"]["down"],
            "count_more": data["count_comparatives"]["up"], "count_fewer": data["count_comparatives"]["down"],
            "body_heads": [word.lower() for word in load_json("lexicons", "entities.json")["org_heads"]],
            "state_codes": load_json("lexicons", "entities.json")["state_codes"],
        }
        sizes = {f.name: data["table_sizes"][f.name] for f in fields(cls) if f.type == "int"}
        return cls(**sizes, **{f.name: frozenset(nested[f.name] if f.name in nested else data[f.name])
                               for f in fields(cls) if f.name not in sizes})

    @property
    def change_nouns(self) -> frozenset[str]:
        return self.noun_up | self.noun_down

    def names_change(self, word: str, label: str) -> bool:
        """A change noun that makes a figure of this label a change: `a 34% increase`, `a 3% loss`,
        but `a £24 million loss` is an amount."""
        return word in self.change_nouns and not (word in self.amount_nouns and label != "PERCENT")

    @property
    def change_adverbs(self) -> frozenset[str]:
        return self.adverb_up | self.adverb_down


def direction_of(word: str, up: frozenset[str], down: frozenset[str]) -> str | None:
    """'up' or 'down' as the word is in `up` or `down`, else None."""
    return "up" if word in up else "down" if word in down else None

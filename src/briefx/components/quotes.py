"""briefx_quotes: direct quotations and who said them.

Quotations are found by their marks (curly or straight), within a paragraph, or across paragraphs when a paragraph
opens a quote it does not close (each paragraph then holds one QUOTE span, GOLD.md style). A span leaves out the
marks and a final comma or full stop inside them; quoted terms of fewer than `min_words` words are not quotes.

The speaker comes from the attribution cue in the quote's sentence ("…,” the ambassador said", "X said: “…”",
"According to X, …", "X referred to Y as “…”"): the subject of the reporting verb, or the name right next to it. A
pronoun ("she said") takes the last person named before the quote; a role noun ("the minister said") the last person
with that role; an organisation noun ("the ministry said") the last organisation with that head word. A quote whose
sentence has no cue continues the previous quote's speaker when it follows it in the same or the next paragraph. The
speaker is the entity's canonical name; a name read from the words of the text leaves out its title words.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.language import Language
from spacy.tokens import Doc, Span

from briefx.components.attributes import doc_text, register_attributes
from briefx.components.quote_leads import QuoteLeads
from briefx.components.quote_referents import (
    after_markup,
    ends_before,
    entity_at_or_after,
    epigraph_speaker,
    is_markup,
    last_entity,
    last_org,
    last_person_for,
    last_with_role,
    lead_person,
    new_line_after,
    outermost,
    paragraph_index,
    person_misspelt_as,
    within,
)
from briefx.normalize.names import bare_person_name
from briefx.normalize.quote_marks import SINGLE_OPEN, RawQuote, colon_lead_end, find_quotes, opens_sentence, trim_quote
from briefx.normalize.quoted import follows_term, is_imagined_speech, is_quoted_name, is_term_quote, quote_words
from briefx.resources import load_json

_ENTS_KEY = "briefx_quotes_ents"  # per-call caches in doc.user_data, removed before returning
_PARSED_KEY = "briefx_quotes_parsed"
_SENTENCES_KEY = "briefx_quotes_sentences"
_QUOTED_KEY = "briefx_quotes_quoted"  # (start, end) characters of the quotes found so far
_SPOKEN_KEY = "briefx_quotes_spoken"  # (end token, speaker) of the quotes attributed so far
_WINDOW = 60
UNNAMED = ""  # the speaker of 'said an official': someone the text does not name (GOLD.md: no QUOTE)


class QuotesComponent:
    """Find quotations and attribute them (see the module docstring)."""

    def __init__(self, nlp: Language, name: str, *, min_words: int, lexicon: str):
        self.name = name
        self.min_words = min_words
        lex = load_json("lexicons", lexicon)
        self.verbs = set(lex["reporting_verbs"])
        self.participles = set(lex["reporting_participles"])
        self.hearer_verbs = frozenset(lex["hearer_verbs"])
        self.phrases = [p.lower() for p in lex["attribution_phrases"]]
        self.org_nouns = set(lex["organisation_nouns"])
        self.pronouns = frozenset(lex["speaker_pronouns"])
        self.unnamed_nouns = frozenset(lex["unnamed_speaker_nouns"])
        self.relay_nouns = frozenset(lex["relay_speaker_nouns"])
        self.indefinites = frozenset(lex["indefinite_determiners"])
        self.first_person = frozenset(lex["first_person_pronouns"])
        self.turn_pronouns = self.first_person | frozenset(lex["unnamed_in_turn_pronouns"])
        self.relative_pronouns = frozenset(lex["relative_pronouns"])
        sexes = load_json("lexicons", "given_name_gender.json")
        other = {"male": "female", "female": "male"}  # 'she said' skips 'Tom Reyes': the other sex's given names
        self.other_sex = {word: frozenset(sexes[other[sex]]) for word, sex in lex["pronoun_sex"].items()}
        self.classed_names = frozenset(n for key in ("male", "female") for n in sexes[key])
        self.title_joiners = frozenset(lex["title_joiners"])
        self.term_lead = re.compile(lex["term_lead"], re.IGNORECASE)
        self.bare_as_words = lex["bare_as_term_words"]
        self.bare_article_words = lex["bare_article_term_words"]
        self.name_small_words = frozenset(lex["name_small_words"])
        entities = load_json("lexicons", "entities.json")
        self.role_nouns, self.role_words = set(entities["role_nouns"]), set(entities["role_words"])
        self.misspelt_min = entities["misspelt_surname_min_letters"]
        self.document_heads = frozenset(entities["no_span_heads"])  # 'Act', 'Plan': a document says nothing
        # 'U.S. Envoy', 'Sen. Ames': a full stop in a lead that ends no sentence
        titles = [*entities["role_words"], *entities["person_prefixes"]]
        self.titles = frozenset(titles)  # and 'Broadcaster Jo Ames': an occupation opens no untagged name
        self.openers = self.titles | {w.title() for w in load_json("lexicons", "entity_words.json")["occupation_words"]}
        self.leads = QuoteLeads(
            role_words=frozenset([*self.role_words, *lex["lead_title_words"]]), org_nouns=frozenset(self.org_nouns),
            department_joiners=frozenset(lex["department_joiners"]), name_small_words=self.name_small_words,
            abbreviations=frozenset([*(w for w in titles if w.endswith(".")), *lex["title_abbreviations"]]),
            lead_labels=frozenset(w.lower() for w in lex["lead_labels"]),
            body_joiners=frozenset(lex["body_joiners"]),
        )

    def __call__(self, doc: Doc) -> Doc:
        doc.user_data[_PARSED_KEY] = doc.has_annotation("DEP")
        doc.user_data[_SENTENCES_KEY] = doc.has_annotation("SENT_START")
        try:
            return self._find(doc)
        finally:
            for key in (_ENTS_KEY, _PARSED_KEY, _SENTENCES_KEY, _QUOTED_KEY, _SPOKEN_KEY):
                doc.user_data.pop(key, None)

    def _find(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        spans: list[Span] = []
        previous: tuple[str | None, int] | None = None  # (speaker, paragraph index)
        paragraph_of = paragraph_index(doc)
        term_closed_at: int | None = None  # the closing mark of the last quoted term
        quoted = doc.user_data.setdefault(_QUOTED_KEY, [])
        spoken = doc.user_data.setdefault(_SPOKEN_KEY, [])
        for raw in find_quotes(text):
            start, end = trim_quote(text, raw.start, raw.end)
            if end <= start or quote_words(text[start:end]) < self.min_words:
                continue
            if self._is_term(text, raw, term_closed_at):
                term_closed_at = raw.close_at
                continue
            span = doc.char_span(start, end, label="QUOTE", alignment_mode="expand")
            if span is None:
                continue
            if span.start_char != start or span.end_char != end:
                span = doc.char_span(start, end, label="QUOTE", alignment_mode="contract")
                if span is None or not len(span):
                    continue
            para = paragraph_of(span.start_char)
            if raw.continues:  # a paragraph of the quote the paragraph before left open: its speaker's, whoever named
                speaker, cue = (previous[0] if previous is not None else None), None
            else:
                speaker, cue = self._attribute(doc, span, raw)
                if self._imagined(doc, span, raw, speaker):
                    continue  # a podium speaker's imagined words: "we don't say to people ‘you can't …’"
                if speaker is None:
                    speaker, cue = self._uncued_speaker(doc, span, raw, spans[-1] if spans else None, previous, para)
                if speaker is None and raw.close_at is not None and not raw.opens:
                    continue  # quoted words nobody is said to have said: a scare quote
            if speaker == UNNAMED:
                previous = (speaker, para)  # the quote paragraphs that go on are the unnamed speaker's too
                continue
            span._.speaker = bare_person_name(speaker, self.titles, self.classed_names) if speaker else speaker
            span._.cue = cue
            spans.append(span)
            quoted.append((span.start_char, span.end_char))
            spoken.append((span.end, span._.speaker))
            previous = (speaker, para)
        doc.spans["quotes"] = spans
        return doc

    def _uncued_speaker(self, doc: Doc, span: Span, raw: RawQuote, last: Span | None,
                        previous: tuple[str | None, int] | None, para: int) -> tuple[str | None, str | None]:
        """No cue in the quote's sentence: a cue before it, the last speaker, a person named before, a turn's."""
        speaker, cue = self._previous_sentence_speaker(doc, span, last) if opens_sentence(
            doc_text(doc), raw.open_at) else (None, None)
        if speaker is None and (colon := colon_lead_end(doc_text(doc), raw.open_at)) is not None:
            speaker, cue = self._colon_lead_speaker(doc, colon)
        if speaker is None and previous is not None and (para - previous[1] <= 1 or raw.opens):
            speaker = previous[0]  # a quote paragraph with no cue goes on with the last speaker, lists between included
        if speaker is None and raw.opens:
            speaker, cue = self._previous_paragraph_speaker(doc, span, last)
        if speaker is None and raw.opens:
            speaker, cue = lead_person(self._ents(doc), list(doc.spans.get("paragraphs", [])), span.start_char), None
        return (speaker, cue) if speaker is not None else self._turn_speaker(doc, span)

    def _is_term(self, text: str, raw: RawQuote, term_closed_at: int | None) -> bool:
        """Quoted words GOLD.md leaves out as terms: after 'as an', 'dubbed' (`is_term_quote`),
        joined to the term before (`follows_term`), or a title-case name (`is_quoted_name`)."""
        line_start = text.rfind("\n", 0, raw.open_at) + 1
        words = quote_words(text[raw.start : raw.end])
        if is_term_quote(text[line_start : raw.open_at], self.term_lead, words, bare_as_words=self.bare_as_words,
                         bare_article_words=self.bare_article_words):
            return True
        if term_closed_at is not None and follows_term(text[term_closed_at + 1 : raw.open_at]):
            return True
        return raw.close_at is not None and is_quoted_name(text[raw.start : raw.end], self.name_small_words)

    # -- attribution ------------------------------------------------------------------

    def _attribute(self, doc: Doc, span: Span, raw: RawQuote) -> tuple[str | None, str | None]:
        inside = set(range(span.start, span.end))
        sent = self._context(doc, span)
        verbs = [t for t in sent if t.i not in inside and self._reports(t)]
        # nearest cue: after the quote first (",” she said"), then before it ("X said: “…”")
        after = [t for t in verbs if t.i >= span.end and not ends_before(doc_text(doc), raw, t.idx)]
        before = [t for t in verbs if t.i < span.start]
        # the nearer cue wins, after the quote on a tie: 'Ames stated, “…” and …, said Lind' is Ames's
        cues = sorted(after[:1] + before[-1:], key=lambda v: v.i - span.end if v.i >= span.end else span.start - v.i)
        for verb in cues:
            speaker = self._inverted_name(doc, verb) if verb in after[:1] else None
            speaker = speaker or self._subject(doc, verb, inside)
            if speaker is not None:
                return speaker, self._cue_text(doc, verb, span)
        for phrase in self.phrases:
            idx = sent.text.lower().find(phrase)
            if idx != -1:
                char = sent.start_char + idx + len(phrase)
                name = entity_at_or_after(self._ents(doc), char, inside)
                if name:
                    return name, phrase
        ents = self._ents(doc)
        return self.leads.speaker(doc, raw, ents) or epigraph_speaker(doc_text(doc), ents, raw, inside) or (None, None)

    def _previous_sentence_speaker(self, doc: Doc, span: Span, last: Span | None) -> tuple[str | None, str | None]:
        """'…, the ministry wrote. “…”': the speaker of the sentence before, if it reports speech outside the `last`
        quote ('“… President Santos has told me …⏎⏎“The demand …': the quoted words' verb reports nothing)."""
        if not doc.user_data.get(_SENTENCES_KEY) or span.start == 0:
            return None, None
        sentence = doc[span.start - 1].sent
        if doc[span.start].sent.start != span.start and doc[span.start - 1].sent == doc[span.start].sent:
            sentence = doc[max(doc[span.start].sent.start - 1, 0)].sent
        for verb in reversed(outermost([t for t in sentence if self._reports(t) and not within(t, last)])):
            speaker = self._subject(doc, verb, set())
            if speaker is not None:
                return speaker, self._cue_text(doc, verb, span)
        return None, None

    def _colon_lead_speaker(self, doc: Doc, colon: int) -> tuple[str | None, str | None]:
        """A colon lead above the quote with no reporting verb ('the Committee voted … the following directive:',
        '**According to Jo Ames:**'): its sentence's subject, else the name after an attribution phrase."""
        lead = doc.char_span(colon, colon + 1, alignment_mode="expand")
        if lead is None or not doc.user_data.get(_PARSED_KEY) or not (sentence := lead[0].sent):
            return None, None
        for head in (c for c in sentence.root.children if c.dep_ in ("nsubj", "nsubjpass") and not is_markup(c)):
            if (speaker := self._resolve_head(doc, head, set())) not in (None, UNNAMED):
                return speaker, sentence.text.strip(" *_")
        for phrase in self.phrases:
            if (idx := sentence.text.lower().find(phrase)) != -1:
                name = entity_at_or_after(self._ents(doc), sentence.start_char + idx + len(phrase), set())
                return (name, phrase) if name else (None, None)
        return None, None

    def _turn_of(self, doc: Doc, span: Span) -> Span | None:
        """The transcript turn the quote stands in, if any."""
        for turn in doc.spans["turns"] if "turns" in doc.spans else ():
            if turn.start_char <= span.start_char < turn.end_char:
                return turn
        return None

    def _imagined(self, doc: Doc, span: Span, raw: RawQuote, speaker: str | None) -> bool:
        """Lower-case single-quoted words in a transcript turn that the text gives to no one but the turn's own
        speaker: what the speaker imagines someone saying ("we don't say to people ‘you can't …’"), no quotation.
        Words a turn gives to a person it names stay ("JOURNALIST: Ann Roe says you should just ‘let it go'")."""
        if doc_text(doc)[raw.open_at] not in SINGLE_OPEN or not is_imagined_speech(span.text):
            return False
        turn = self._turn_of(doc, span)
        if turn is None:
            return False
        # only a person the turn names before the mark: 'we don't say', 'no Government would say' are no one's words
        start = max(turn.start_char, doc_text(doc).rfind("\n", 0, span.start_char) + 1)
        named = {e._.canonical or e.text for e in self._ents(doc) if e.label_ == "PERSON"
                 and e.start_char >= start and e.end < span.start}
        return not speaker or speaker not in named

    def _turn_speaker(self, doc: Doc, span: Span) -> tuple[str | None, str | None]:
        """Quoted words inside a transcript turn, with no other cue, are the turn's speaker's."""
        turn = self._turn_of(doc, span)
        return (turn._.speaker, turn._.cue) if turn is not None and turn._.speaker else (None, None)

    def _reports(self, token) -> bool:
        """A reporting verb in any form ("said", "tells", "adding"); read from the word, not its
        lemma, so the component needs no lemmatizer."""
        if token.ent_type_:
            return False  # "raising State Highway One", "Point Reyes": a cue word inside a name
        if token.is_title and token.pos_ == "PROPN":
            return False  # '[State Sen. Jo⏎Ames](…):': a title word, not a verb
        word = token.lower_
        if token.pos_ == "NOUN" and token.doc.user_data.get(_PARSED_KEY):
            return False  # 'before the call for Biden', 'the report': a cue word used as a noun reports nothing
        return word in self.verbs or (word in self.participles and token.pos_ == "VERB")

    def _previous_paragraph_speaker(self, doc: Doc, span: Span, last: Span | None) -> tuple[str | None, str | None]:
        """ "X said the company would …" then a paragraph that is all quote: X speaks (not a verb in `last`)."""
        paragraphs = doc.spans.get("paragraphs", [])
        k = bisect_right([p.end for p in paragraphs], span.start)
        if not k:
            return None, None
        verbs = outermost([t for t in paragraphs[k - 1] if self._reports(t) and not within(t, last)])
        for verb in reversed(verbs):
            speaker = self._subject(doc, verb, set())
            if speaker is not None:
                return speaker, self._cue_text(doc, verb, span)
        return None, None

    def _context(self, doc: Doc, span: Span) -> Span:
        """The sentences around the quote: the one it starts in through the one it ends in, widened by one.

        Without sentence boundaries (a pipeline with no parser) the quote's line stands in,
        at most `_WINDOW` tokens either side.
        """
        if not doc.user_data.get(_SENTENCES_KEY):
            start = span.start
            while start > 0 and span.start - start < _WINDOW and "\n" not in doc[start - 1].text:
                start -= 1
            end = span.end
            while end < len(doc) and end - span.end < _WINDOW and "\n" not in doc[end].text:
                end += 1
            return doc[start:end]
        first = doc[span.start].sent
        last = doc[span.end - 1].sent
        start = first.start
        end = last.end
        if end < len(doc):
            nxt = doc[end].sent
            if sum(not t.is_space for t in nxt) < 12 and not new_line_after(doc_text(doc), span.end_char, nxt):
                end = nxt.end  # a short cue sentence after the quote, in the same paragraph
        if start > 0 and span.start - start <= 1 and "\n" not in doc[start - 1].text:
            # the parser cut a sentence at the opening mark ('Jo Ames said,** “…”', 'said he was "humbled" and
            # "…'): the sentence before holds the cue
            start = doc[start - 1].sent.start
        return doc[start:end]

    def _subject(self, doc: Doc, verb, inside: set[int]) -> str | None:
        if verb.i > 0 and doc[verb.i - 1].ent_type_ == "PERSON" and verb.i - 1 not in inside:
            # "Niger's president Mahamadou Issoufou said": the person right before the verb speaks,
            # whatever the parse made the head of the subject ("president")
            return self._entity_name(doc, verb.i - 1)
        parsed = doc.user_data.get(_PARSED_KEY, False)
        if parsed and verb.lower_ in self.verbs and any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
            # 'Gutierrez was described by the CBCP as “…”': a passive cue's agent speaks, its subject is spoken of
            agents = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
            return self._resolve_head(doc, agents[0], inside) if agents else None
        candidates = (
            [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i not in inside] if parsed else []
        )
        # 'telling Wikinews the company “…”': whom a cue tells speaks not; 'describing him as “…”': whom a participle
        # cue describes neither (an inverted subject follows a finite verb only: '“…,” said Jo Ames')
        hears = verb.lower_ in self.hearer_verbs or verb.lower_ in self.participles
        if not candidates and parsed and not hears:
            # inverted "…,” said the minister" / "…,” said Jane Doe"
            candidates = [
                c for c in verb.rights if c.dep_ in ("dobj", "attr", "npadvmod", "nsubj") and c.i not in inside
            ]
        candidates = [c for c in candidates if not is_markup(c)]  # '”** [says …': a mark the parse made a subject
        first = after_markup(doc, verb.i + 1)  # '[**said**](…)⏎**Acme CEO Jo Ames**': marks and a wrap between
        if not candidates and first < len(doc) and not hears:
            k = first
            while k + 1 < len(doc) and k - first <= 5 and self._title_word(doc[k]):
                k += 1  # '…,” quipped editor Mara Ames', '…” tweeted Mayor of Halden Jo Ames': a title, then the name
            if doc[k].ent_type_ == "PERSON" or doc[first].ent_type_ in ("PERSON", "ORG"):
                candidates = [doc[k] if doc[k].ent_type_ == "PERSON" else doc[first]]
        if not candidates and verb.i > 0 and doc[verb.i - 1].ent_type_ in ("PERSON", "ORG"):
            candidates = [doc[verb.i - 1]]
        for head in candidates:
            name = self._resolve_head(doc, head, inside)
            if name is not None:
                return name
        if parsed and not candidates and verb.lower_ in self.participles and verb.dep_ in ("advcl", "xcomp", "conj"):
            return self._subject(doc, verb.head, inside)  # 'Jo Ames stressed the need, saying “…”': Ames's words
        return None

    def _title_word(self, token) -> bool:
        """A word of a title that stands before a name: a role ('editor', 'Mayor'), 'of', 'the', or a proper noun,
        place or body ('Mayor of Leeds', 'Acme chief executive')."""
        if token.ent_type_ == "PERSON":
            return False
        return (token.lower_ in self.role_nouns or token.lower_ in self.title_joiners or token.pos_ == "PROPN"
                or token.is_title or token.ent_type_ in ("GPE", "LOC", "NORP", "ORG"))  # 'Oklo CEO': tagged ADJ

    def _resolve_head(self, doc: Doc, head, inside: set[int]) -> str | None:
        """The speaker named by a subject: a person in it, an untagged name, a pronoun, a role, an organisation."""
        if not doc.user_data.get(_PARSED_KEY, False):
            # no dependency parse: only the token itself (tree attributes are undefined)
            return self._entity_name(doc, head.i) if head.ent_type_ in ("PERSON", "ORG") else None
        if head.lower_ in self.relative_pronouns and head.head.dep_ == "relcl":
            head = head.head.head  # 'a governor who says “…”': the noun the clause is about
        near = [head] + sorted((c for c in head.children if c.dep_ in ("compound", "appos", "flat", "amod", "poss")),
                               key=lambda c: c.dep_ == "poss")
        clauses = {t.i for c in head.children if c.dep_ in ("relcl", "acl", "advcl") for t in c.subtree}
        # "Jane Doe, head of the Trade Agency, said" / "said Special Envoy for Sudan Thomas Reardon": a person in the
        # subject speaks before any organisation named with them, and before an owner ("Ames's wife, Jo Ames, said")
        for tok in [*near, *head.subtree]:
            if tok.i not in inside and tok.i not in clauses and tok.ent_type_ == "PERSON":
                return self._entity_name(doc, tok.i)
        untagged = self._untagged_name(doc, head, inside)
        if untagged is not None:
            return untagged
        lower = head.lower_
        before = min([head.i, *inside])  # ',” he said': a name inside the quote is not who "he" is
        if self._described_person(head, near[1:]):
            # 'The Wooster professor added', 'the former Acme board member said': the body says where a person
            # named before works
            return last_with_role(self._ents(doc), before, {lower}) or last_entity(self._ents(doc), before, ("PERSON",))
        for tok in near:
            if tok.i not in inside and tok.ent_type_ == "ORG":
                return self._entity_name(doc, tok.i)
        if lower in self.pronouns:
            turn = self._turn_of(doc, doc[head.i : head.i + 1]) if lower in self.turn_pronouns else None
            if turn is not None and lower in self.first_person:  # 'we may say, “…”' from the podium: the speaker's,
                return self._person_named(doc, turn._.speaker) if turn._.speaker else UNNAMED  # or no one's named
            if turn is not None:
                return UNNAMED  # 'my staff, they said, “…”' from the podium: people the speaker does not name
            return last_person_for(self._ents(doc), before, self.other_sex.get(lower, frozenset()), self.classed_names,
                                   doc.user_data.get(_QUOTED_KEY, ()), doc.user_data.get(_SPOKEN_KEY, ()))
        words = {t.lower_ for t in near}
        if self._unnamed(head) and not words & self.org_nouns:
            return UNNAMED  # 'a ministry spokesperson said' is the ministry's (below); 'an official said' no one's
        if words & self.role_nouns:
            return last_with_role(self._ents(doc), before, words & self.role_nouns) or last_entity(
                self._ents(doc), before, ("PERSON",)
            )
        if words & self.org_nouns:
            return last_org(self._ents(doc), head.i, {t.text.capitalize() for t in near} | {t.text for t in near})
        return None

    def _person_named(self, doc: Doc, name: str) -> str:
        """The fullest canonical name of a person with the last word of `name` ('Halden Mara Ames', 'Acting Ames' from
        a speaker tag), else `name`."""
        last = name.split()[-1]
        names = {e._.canonical or e.text for e in self._ents(doc) if e.label_ == "PERSON"}
        return max((n for n in names if n.split()[-1] == last), key=len, default=name)

    def _untagged_name(self, doc: Doc, head, inside: set[int]) -> str | None:
        """A name the model did not tag: "Tom Reyes said" (not 'Republic Act No. 3846 states': a law is no speaker)."""
        if head.pos_ != "PROPN" or not head.is_title or head.i in inside or head.text in self.titles:
            return None
        if head.ent_type_ in ("ORG", "GPE", "LOC", "NORP", "EVENT"):
            return None
        parts = [c for c in head.lefts if c.dep_ == "compound" and c.pos_ == "PROPN" and c.text not in self.openers]
        start = min([head.i] + [c.i for c in parts])
        if any(t.text in self.document_heads for t in doc[start : head.i + 1]):
            return None
        return person_misspelt_as(self._ents(doc), doc[start : head.i + 1].text, min_letters=self.misspelt_min)

    def _described_person(self, head, modifiers) -> bool:
        """'the Acme professor', 'the former Acme board member': a person described by a post at a body among the
        `modifiers`; a relay noun ('the Acme spokesperson said') keeps the body's words (corpus/README.md)."""
        if head.ent_type_ or head.lower_ in self.relay_nouns or head.lower_ in self.org_nouns:
            return False
        if head.lower_ not in self.role_nouns and head.lower_ not in self.unnamed_nouns:
            return False
        if not any(t.ent_type_ == "ORG" or t.lower_ in self.org_nouns for t in modifiers):
            return False
        return any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)

    def _unnamed(self, head) -> bool:
        """'said an organized labor official', 'a spokesperson said', 'one source said': a person the text does
        not name (the subject held no person or organisation)."""
        if head.lower_ == "one" and any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
            return True  # 'said one of the authors'
        if head.lower_ not in self.unnamed_nouns and head.lower_ not in self.role_nouns:
            return False
        return any(c.dep_ in ("det", "nummod") and c.lower_ in self.indefinites for c in head.children)

    def _ents(self, doc: Doc) -> tuple[Span, ...]:
        """doc.ents builds new Span objects on every access; read them once per document."""
        if _ENTS_KEY not in doc.user_data:
            doc.user_data[_ENTS_KEY] = tuple(doc.ents)
        return doc.user_data[_ENTS_KEY]

    def _inverted_name(self, doc: Doc, verb) -> str | None:
        """'…,” said Luis Benítez, …': the capitalised name right after the verb, whatever the model tagged."""
        k = verb.i + 1
        while k < len(doc) and (
            (doc[k].is_title and doc[k].is_alpha) or (doc[k].text == "-" and not doc[k - 1].whitespace_)
        ):
            k += 1
        run = doc[verb.i + 1 : k]
        if not 2 <= len(run) <= 4 or any(t.text in self.role_words for t in run):
            return None
        if any(t.ent_type_ in ("ORG", "NORP", "EVENT", "LOC") for t in run):
            return None
        if run[0].ent_type_ == "GPE" and self._entity(doc, run[0].i)._.iso_code:
            return None  # "said Kenya's …": a country
        if k < len(doc) and doc[k].text not in {",", ".", ";", "(", "—", "–"} and not doc[k].is_space:
            return None
        if run[0].ent_type_ == "PERSON":
            return self._entity_name(doc, run[0].i)
        return run.text

    def _entity(self, doc: Doc, i: int) -> Span:
        return next(e for e in self._ents(doc) if e.start <= i < e.end)

    def _entity_name(self, doc: Doc, i: int) -> str:
        ent = self._entity(doc, i)
        name = ent._.canonical or ent.text
        return person_misspelt_as(self._ents(doc), name, min_letters=self.misspelt_min) if ent.label_ == "ORG" else name

    def _cue_text(self, doc: Doc, verb, span: Span) -> str:
        subjects = verb.children if doc.user_data.get(_PARSED_KEY, False) else []
        left = min([verb.i] + [t.i for t in subjects if t.dep_ in ("nsubj", "nsubjpass")])
        right = verb.i + 1
        if left >= span.end or right <= span.start:
            return doc[left:right].text
        return verb.text


@Language.factory(
    "briefx_quotes",
    assigns=["doc.spans", "span._.speaker", "span._.cue"],
    requires=["doc.ents"],
    default_config={"min_words": 3, "lexicon": "quotes.json"},
)
def make_quotes(nlp: Language, name: str, min_words: int, lexicon: str) -> QuotesComponent:
    """Create the quotation finder."""
    register_attributes()
    return QuotesComponent(nlp, name, min_words=min_words, lexicon=lexicon)

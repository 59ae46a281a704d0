"""The extractive answerer: deterministic, no LLM, every answer a span of a document.

It reads the units (sentences with their title, heading and paragraph context) of the
retrieved chunks, keeps those that cover the question's content terms and constraints,
and composes a short direct answer by question type — a complete list, a number, a
rank, a date, a clause, a yes/no with the deciding words — followed by the quotes it
rests on. When documents disagree on a value, each value is shown with its source.

The answerer holds no per-question state: one instance serves every thread.
"""

from __future__ import annotations

from dataclasses import replace

from assistant.answering import measures
from assistant.answering.abbreviations import spell_out
from assistant.answering.ambiguity import spread_answer
from assistant.answering.answer_parts import as_sentence, quoted_text, row_has, sentence_citation
from assistant.answering.causes import asks_reason, cause_unit
from assistant.answering.comparisons import comparison_answer
from assistant.answering.composing import (
    Context,
    Extracted,
    lead_in_answer,
    list_answer,
    section_list,
)
from assistant.answering.constraints import NAMED_POS, rejection
from assistant.answering.constructions import construction_answer
from assistant.answering.covering import (
    covering_answer,
    date_states,
    doubted_type,
    fits_question,
    identifier_answer,
    joins_items,
    states_asked,
)
from assistant.answering.definitions import defining_unit, own_or_heading
from assistant.answering.echoes import without_echoes
from assistant.answering.event_dates import event_first
from assistant.answering.evidence import (
    Sentence,
    Term,
    coverage,
    dictionary_word,
    question_terms,
    term_variants,
)
from assistant.answering.extraction import (
    BOOK_TITLE,
    TYPED,
    asked_pattern,
    direct_span,
    phrase_bonus,
    typed_cover,
)
from assistant.answering.formulas import formula_answer
from assistant.answering.framed_bodies import framed_body
from assistant.answering.grammar import grammar
from assistant.answering.identifiers import document_fact
from assistant.answering.measures import bound_variants, break_ties, form_score, with_relative
from assistant.answering.models import Citation
from assistant.answering.multipart import named_elsewhere, part_labels
from assistant.answering.part_units import answer_part, at_extreme, counted_as_asked, settle_missing
from assistant.answering.person_names import answers_asked
from assistant.answering.positions import misplaced
from assistant.answering.premises import unknown_subject
from assistant.answering.qa import deciding_answer, qa_unit
from assistant.answering.question_words import counted_noun
from assistant.answering.questions import (
    AnalyzedQuestion,
    asked_category,
    asked_identifier,
    classify,
    key_phrase,
    measure_phrase,
)
from assistant.answering.ranked import ranked_item
from assistant.answering.respective import respective_value
from assistant.answering.row_prose import corroborated_answer
from assistant.answering.scoping import mark_naming, mark_regions, ranking_terms
from assistant.answering.side_units import sides_units
from assistant.answering.slots import slot_answer, unkind_row
from assistant.answering.table_groups import without_members
from assistant.answering.table_reading import corroborated, row_reply
from assistant.answering.tables import table_answer
from assistant.answering.units import gather_sentences
from assistant.answering.version_columns import version_conflict, version_view
from assistant.index import Hit, Index
from assistant.messages import msg
from assistant.settings import AnswerSettings
from assistant.text import normalize

_G = grammar()
# Sentence score: the best typed clause's cover adds this much (the number must sit in a
# clause that matches the question, not just anywhere in the sentence) …
TYPED_CLAUSE_WEIGHT = 0.5
# … and terms found only in the sentence's context (title, heading, paragraph) count at
# this share: context locates, but the sentence should say it. Lower, a line under the
# section the question names loses to another section's line repeating the name.
CONTEXT_WEIGHT = 0.6
# Earlier chunks are slightly preferred among equally covering sentences.
RANK_PENALTY = 0.01
# The kind of thing a list or entity question asks for ("哪些企业") weighs this much of
# its rarity: documents name the instances, seldom the kind.
CATEGORY_FACTOR = 0.3
# A table row holding the very rank a question names ("第十") outranks prose about ranks.
ROW_RANK_BONUS = 0.5
# Nearest passages shown with a refusal.
RELATED_SHOWN = 3


class ExtractiveAnswerer:
    def __init__(self, index: Index, settings: AnswerSettings):
        self.index = index
        self.settings = settings

    # ---------- matching ----------
    def _terms(self, aq: AnalyzedQuestion, sentences: list[Sentence]) -> list[Term]:
        extra: dict[str, tuple[str, ...]] = {}
        if aq.qtype == "yesno":
            # A yes/no question about growth is answered by a sentence about decline too.
            for a, b in _G.opposites:
                extra[a] = extra.get(a, ()) + (b,)
                extra[b] = extra.get(b, ()) + (a,)
        extra.update(bound_variants(aq.text))
        terms = question_terms(aq, self.index, extra)
        spell_out(self.index, terms, sentences)
        mark_regions(self.index, terms)
        mark_naming(self.index, self.settings, aq, sentences, terms)
        category = asked_category(aq.text) if aq.qtype in ("list", "entity") else None
        ident = asked_identifier(aq.text)
        for t in terms:
            if t.primary and (
                t.text in _G.kind_nouns or (ident is not None and t.text in ident[0])
            ):
                # The kind of answer (时限, 性质, 文号…) is matched by the value, not its name.
                t.known, t.category, t.weight = True, True, t.weight * CATEGORY_FACTOR
                continue
            if not t.known and any(t.found_in(s.context_norm) for s in sentences):
                t.known = True
            if t.text == category and t.primary:
                t.category = True
                t.weight *= CATEGORY_FACTOR
        measures.mark_bound_nouns(terms)
        return terms

    def _score(
        self, sent: Sentence, terms: list[Term], phrase: str, aq: AnalyzedQuestion | None = None
    ) -> float:
        cov = coverage(terms, sent.norm)
        if aq is not None:
            cov += TYPED_CLAUSE_WEIGHT * typed_cover(terms, sent, aq.qtype, aq.text)
        ctx = sent.context_norm
        total = sum(t.weight for t in terms) or 1.0
        extra = sum(t.weight for t in terms if not t.found_in(sent.norm) and t.found_in(ctx))
        return (
            cov
            + CONTEXT_WEIGHT * extra / total
            + phrase_bonus(phrase, sent.norm)
            - RANK_PENALTY * sent.rank
        )

    # ---------- answering ----------
    def answer(self, aq: AnalyzedQuestion, hits: list[Hit]) -> Extracted:
        sentences = gather_sentences(self.index, hits[: self.settings.context_chunks])
        sentences = version_view(self.index, sentences, aq.text, aq.qtype)  # the asked version
        if not sentences:
            return Extracted(refused=True)
        parts = aq.parts if len(aq.parts) > 1 else [aq.text]
        directs: list[str] = []
        quotes: list[tuple[Sentence, tuple[int, int] | None]] = []
        whole_terms = self._terms(aq, sentences)
        whole = Context(aq, whole_terms, key_phrase(aq.text), sentences)
        if (contact := construction_answer(self.index, whole, self._scored)) is not None:
            return Extracted(refused=False, direct=contact[0], quotes=contact[1])
        inline, bare, missing, shared = False, False, [], []
        for part, label in zip(parts, part_labels(parts), strict=True):
            ctx, names_own = whole, False
            if len(parts) > 1:
                sub = AnalyzedQuestion(
                    part, part, classify(part), context=aq.context, focus=aq.focus
                )
                terms = self._terms(sub, sentences)
                bare = not any(t.primary and t.pos not in ("m", "mq") for t in terms)
                if bare:
                    terms = whole_terms  # "分几期？" has no terms of its own
                else:
                    # The places and bodies the whole question names hold for every part,
                    # but a part naming its own ("长沙…和芜湖…分别") leaves the others' alone.
                    own = {t.text for t in terms}
                    names_own = any(t.pos in NAMED_POS for t in terms)
                    given = normalize(named_elsewhere(parts, part, names_own))
                    terms = terms + [
                        t
                        for t in whole_terms
                        if t.pos in NAMED_POS and t.text not in own and not t.found_in(given)
                    ]
                ctx = Context(sub, terms, key_phrase(part), sentences)
            result, answered = at_extreme(self.index, ctx, aq), {s.doc_id for s, _ in quotes}
            if result is None and ctx is not whole and answered and not names_own:
                # Parts share one subject: an earlier part's document answers this one if it can.
                same = replace(ctx, sentences=[s for s in sentences if s.doc_id in answered])
                result = self._answer_part(same, offset=len(quotes))
            result = result or answer_part(self, ctx, len(quotes), hits, aq)
            result = counted_as_asked(ctx, result, directs) if ctx is not whole else result
            if not answered:  # an earlier part's document already says which zone is meant
                result = spread_answer(self, ctx, result, len(quotes))
            if result is None:
                # A bare follow-on ask ("which is higher? how much is each?") that the earlier
                # part's answer already covers is dropped; another part is said to be missing.
                missing += [] if bare and directs else [(part, ctx, label)]
                continue
            direct, found, has_markers = result
            if label and normalize(label) not in normalize(direct):
                direct = msg("part_answer", label=label, answer=direct)  # which part it answers
            inline = inline or has_markers
            shared += [(part, ctx, label)] if direct in directs else []  # read alongside
            directs += [] if direct in directs else [direct]  # two parts, one answer: said once
            for item in found:
                if not any(
                    item[0].start == x[0].start and item[0].doc_id == x[0].doc_id for x in quotes
                ):
                    quotes.append(item)
        alongside, missing = settle_missing(missing, quotes, directs, shared)
        directs += alongside
        if not directs:
            ranked = sorted(sentences, key=lambda s: -self._score(s, whole_terms, whole.phrase))
            return Extracted(refused=True, related=ranked[:RELATED_SHOWN])
        # The parts the documents answer are answered; each other part is named as missing.
        directs += [msg("part_missing", part=p.strip()) for p in missing]
        return Extracted(
            refused=False, direct="；".join(directs), quotes=quotes, inline_markers=inline
        )

    def _scored(self, ctx: Context) -> list[tuple[Sentence, float]]:
        """Every unit with its score, best first (kept with the question's context)."""
        if "units" in ctx.kept:
            return list(ctx.kept["units"])
        aq, terms, rank = ctx.aq, ranking_terms(ctx.terms), ctx.aq.rank_value
        # A Q&A question line stands for its answer, which is scored with it as context.
        units = [qa_unit(self.index.document(s.doc_id).text, s) for s in ctx.sentences]
        scored = sorted(
            (
                (
                    s,
                    self._score(s, terms, ctx.phrase, aq)
                    + (ROW_RANK_BONUS if rank is not None and s.cells and row_has(s, rank) else 0)
                    + form_score(aq.qtype, aq.text, s.text),
                )
                for s in units
            ),
            key=lambda x: -x[1],
        )
        ctx.kept["units"] = break_ties(scored, ctx.phrase)
        return list(ctx.kept["units"])

    def _rejected(self, ctx: Context):
        """Why a unit cannot answer the question (constraints.rejection), or None."""
        aq = ctx.aq
        named = measure_phrase(aq.text) if aq.qtype == "number" else None
        measure = (named, *term_variants(named)) if named else ()
        counted = counted_noun(aq.text) if aq.qtype == "number" else None
        return without_members(self.index, aq, rejection, (ctx.terms, measure, counted))

    def _candidates(self, ctx: Context) -> tuple[list[tuple[Sentence, float]], list]:
        """Covering units of the asked type, and covering units of any type."""
        rejected = self._rejected(ctx)
        covering = [(s, sc) for s, sc in self._scored(ctx) if rejected(s, sc) is None]
        covering = without_echoes(covering, ctx.aq)  # a run-in label the question says
        ident = asked_identifier(ctx.aq.text)
        if ident is not None:
            return [(s, sc) for s, sc in covering if ident[1].search(s.text)], covering
        return event_first(covering, ctx.aq, ctx.terms), covering

    def _answer_part(self, ctx: Context, offset: int = 0):
        found = self._read_part(ctx, offset)  # asked for a person's name, one is named
        return found if found is None or answers_asked(ctx.aq, found[0]) else None

    def _read_part(self, ctx: Context, offset: int = 0):
        aq, terms = ctx.aq, ctx.terms
        # Something the question is about that no document mentions: nothing can answer it.
        # The last word before the question word is what is asked for ("…的组长是谁"); a
        # piece the segmenter guessed ("进入了前…" cut as "了前") is no word.
        primary = [t for t in terms if t.primary]
        words = [t for t in primary if t.is_content or dictionary_word(t.text)]
        asked_for = words[-1] if words and aq.qtype == "entity" else None
        if asked_for is not None and asked_for.category:
            asked_for = None
        own = document_fact(self.index, ctx, offset)
        if own is not None:
            return own  # what a document states about itself, under the title it names
        if unknown_subject(primary, aq.qtype, asked_for):
            return None
        counted = formula_answer(self.index, ctx)
        if counted is not None:
            return (*counted, False)
        # A reason asked: the unit stating its cause (scored only for reason questions).
        cause = asks_reason(aq.text) and cause_unit(aq, terms, self._scored(ctx))
        if cause:
            return as_sentence(cause.text), [(cause, None)], False
        tabled = table_answer(self.index, ctx, offset)
        if tabled is not None and not all(unkind_row(aq, s) for s, _ in tabled[1]):
            scored, rejected = self._scored(ctx), self._rejected(ctx)
            return corroborated_answer(tabled, aq, terms, scored, rejected, self.index)
        if aq.qtype == "list":
            sectioned = section_list(self.index, ctx)
            if sectioned is not None:
                return (*sectioned, False)
        if aq.rank_value is not None:
            ranked = ranked_item(self.index, ctx, self._scored(ctx), self._rejected(ctx))
            if ranked is not None:
                return (*ranked, False)
        typed, covering = self._candidates(ctx)
        ident = asked_identifier(aq.text)
        if ident is not None:
            return identifier_answer(self.index, ident[1], typed, covering)
        # A unit defining the asked term answers even when the term's pieces cover nothing.
        defined = defining_unit(aq, terms, self._scored(ctx))
        if defined is not None:
            return as_sentence(defined.text), [(defined, None)], False
        if not covering:
            return None
        if aq.qtype == "comparison":
            found = comparison_answer(self.index, ctx, covering)
            if found is not None:
                return (*found, False)
            # Both sides are seldom in one clause: each side's unit, else the best one whole.
            best = covering[0][0]
            found = sides_units(aq.text, terms, best, self._scored(ctx))
            return found or (as_sentence(best.text), [(best, None)], False)
        if not typed and aq.qtype == "list":
            # No unit reads as a list, but one may lead to it: a heading over numbered
            # items, a lead-in line.
            listed = list_answer(self.index, ctx, covering, covering[0][1])
            if listed is not None:
                return (*listed, False)
        if not typed:
            best = covering[0][0]
            led = lead_in_answer(self.index, best, aq)
            if led is not None and states_asked(aq, quoted_text(self.index, led[1])):
                return (*led, False)
            return covering_answer(ctx, covering, date_states(aq))
        best, best_score = typed[0]
        if doubted_type(aq, fits_question(covering[0][0], aq)):
            found = covering_answer(ctx, covering, date_states(aq))
            if found is not None:
                return found
        doc_text = self.index.document(best.doc_id).text
        # A table row's cells are not an enumeration: an entity asked of a row is its row.
        if aq.qtype == "entity" and not best.cells:
            filled = slot_answer(aq.text, typed, best_score)
            filled = filled or framed_body(self.index, aq.text, best)
            if filled is not None:
                return (*filled, False)
        if aq.qtype == "list" or (aq.qtype == "entity" and not best.cells):
            listed = list_answer(self.index, ctx, typed, best_score)
            if listed is not None:
                return (*listed, False)
            if aq.qtype == "list" and not joins_items(best.text):
                # No enumeration holds the items: covering units do, or nothing does.
                return covering_answer(ctx, covering)
        if aq.qtype in TYPED:
            conflict = version_conflict(self.index, ctx, typed, best_score, offset)
            if conflict is not None:
                return (*conflict, True)
        if best.cells and (misplaced(self.index, aq, best) or unkind_row(aq, best)):
            return None  # a row at another place of the list, or naming no such entity
        if best.cells and aq.qtype in ("entity", "number", "ranking", "date", "definition"):
            # A table row answers with its cells named by their columns, the asked cell first.
            reply = row_reply(best, aq.qtype, aq.text, aq.numbers)
            scored, rejected = self._scored(ctx), self._rejected(ctx)
            return reply, corroborated([(best, None)], aq, scored, rejected, self.index), False
        pattern = asked_pattern(aq)
        paired = respective_value(doc_text, best, aq.text, pattern) if pattern else None
        if paired is not None:
            name, value, span = paired
            return msg("comparison_value", name=name, value=value) + "。", [(best, span)], False
        if aq.qtype == "entity" and BOOK_TITLE.search(best.text):
            pattern = BOOK_TITLE
        led = lead_in_answer(self.index, best, aq, typed=True)
        if led is not None:
            return (*led, False)
        if aq.qtype == "definition":
            return own_or_heading(self.index, best, aq.text)
        pieces = direct_span(doc_text, best, terms, aq, pattern)
        text = "……".join(doc_text[s:e].strip() for s, e in pieces)
        span = (pieces[0][0], pieces[-1][1])
        if aq.qtype == "yesno":
            found = deciding_answer(self.index, aq, terms, typed, pattern, (best, text, span))
            return (*found, False)
        return with_relative(aq.qtype, ctx.sentences, as_sentence(text), [(best, span)])

    def citations(self, extracted: Extracted) -> list[Citation]:
        return [
            sentence_citation(self.index, n, sent, span)
            for n, (sent, span) in enumerate(extracted.quotes, start=1)
        ]

"""Checks across files: references, citations, coverage, length, staleness.

Runs once after every file has been read and typed (`briefgen.content.loader`).
"""

from __future__ import annotations

import datetime as dt

from briefgen.content.model import UNKNOWN, Content, Where
from briefgen.content.problems import Problems
from briefgen.content.status import (
    checked_on,
    condition_problems,
    is_stale,
    note_contradictions,
    settled,
)
from briefgen.content.text import AudienceText, Text, citation_ids, malformed_citations, plain


def check_content(content: Content, problems: Problems, today: dt.date) -> None:
    checker = _Checker(content, problems, today)
    checker.run()
    checker.report_unchecked()


class _Checker:
    def __init__(self, content: Content, problems: Problems, today: dt.date):
        self.content = content
        self.problems = problems
        self.today = today
        self.cited: set[str] = set()
        # References not checked because a problem already reported hid their target:
        # (kind, id or None for a whole file) -> count
        self.unchecked: dict[tuple[str, str | None], int] = {}

    def error(self, where: Where, message: str) -> None:
        self.problems.error(where.file, where.line, message)

    def warning(self, where: Where, message: str) -> None:
        self.problems.warning(where.file, where.line, message)

    # -- helpers -------------------------------------------------------------
    def missing(self, kind: str, key: str, where: Where, message: str) -> None:
        """`key` names no `kind`: an error, unless the problem that kept it out
        (a refused item, a file that did not parse) is reported already."""
        rejected = self.content.rejected.get(kind)
        if rejected is not None and key in rejected.ids:
            self.unchecked[(kind, key)] = self.unchecked.get((kind, key), 0) + 1
        elif rejected is not None and rejected.files:
            self.unchecked[(kind, None)] = self.unchecked.get((kind, None), 0) + 1
        else:
            self.error(where, message)

    def report_unchecked(self) -> None:
        """One note per hidden target, where its own problem is: one mistake, one message."""
        for (kind, key), count in sorted(
            self.unchecked.items(), key=lambda i: (i[0][0], i[0][1] or "")
        ):
            rejected = self.content.rejected[kind]
            times = f"{count} reference{'s' if count != 1 else ''}"
            if key is not None:
                self.warning(
                    rejected.ids[key],
                    f"{times} to {kind} '{key}' could not be checked: it was refused "
                    "for the problem reported with it",
                )
            else:
                for path in rejected.files:
                    self.warning(
                        Where(path, 0),
                        f"{times} to {kind}s could not be checked because this file did "
                        "not parse; fix it first",
                    )

    def cites(self, where: Where, what: str, texts, listed=(), fact: bool = True) -> None:
        """Check citations in `texts` plus the `listed` sources; a fact needs one."""
        found = list(listed)
        for string in texts:
            for bad in malformed_citations(string):
                self.error(where, f"{what}: malformed citation '[{bad}]'; write [@source-id]")
            found.extend(citation_ids(string))
        for source_id in found:
            if source_id in self.content.sources:
                self.cited.add(source_id)
            else:
                self.missing(
                    "source",
                    source_id,
                    where,
                    f"{what}: cites source '{source_id}', which does not exist",
                )
        if fact and not found:
            self.error(
                where,
                f"{what}: states a fact but cites no source (add [@source-id] or a 'sources' list)",
            )

    def audiences(self, where: Where, what: str, ids) -> None:
        for audience in ids or ():
            if audience not in self.content.audiences:
                self.error(
                    where,
                    f"{what}: audience '{audience}' does not exist "
                    f"(audiences: {', '.join(self.content.audiences)})",
                )

    def length(self, where: Where, what: str, kind: str, value: AudienceText | Text | None) -> None:
        if value is None:
            return
        for audience in self.content.audiences.values():
            limit = audience.limits.get(kind)
            if not limit:
                continue
            text = value.for_audience(audience.id) if isinstance(value, AudienceText) else value
            for string in text.strings() if text else ():
                if len(plain(string)) > limit:
                    self.warning(
                        where,
                        f"{what}: {kind} text for {audience.id} is "
                        f"{len(plain(string))} characters; the limit is {limit}",
                    )

    def stale(self, where: Where, what: str, source_ids) -> None:
        """The evidence behind a printed status, against the content's as_of."""
        campaign = self.content.campaign
        checked = checked_on(source_ids, self.content.sources)
        if checked is None:
            self.warning(
                where,
                f"{what}: none of its sources has a date or 'accessed' day, so the "
                "pack cannot say when it was checked",
            )
        elif is_stale(checked, campaign.as_of, campaign.stale_after_days):
            self.warning(
                where,
                f"{what}: its newest evidence is from {checked.isoformat()}, more than "
                f"{campaign.stale_after_days} days before as_of {campaign.as_of.isoformat()}; "
                "re-check it against its source (the pack says 'status last confirmed ...')",
            )

    def translations(self, where: Where, what: str, value) -> None:
        campaign = self.content.campaign
        extra = [lang for lang in campaign.languages if lang != campaign.language]
        if not extra or value is None:
            return
        texts = value.texts() if isinstance(value, AudienceText) else [value]
        for text in texts:
            for language in extra:
                if language not in text.values:
                    self.warning(where, f"{what}: no '{language}' translation")

    # -- the checks ----------------------------------------------------------
    def run(self) -> None:
        content = self.content
        campaign = content.campaign
        self.cites(campaign.where, "campaign summary", campaign.summary.strings())
        self.length(campaign.where, "campaign", "summary", campaign.summary)
        self.translations(campaign.where, "campaign title", campaign.title)
        for fact in campaign.key_facts:
            self.cites(fact.where, f"key fact '{fact.id}'", fact.text.strings(), fact.sources)
            self.audiences(fact.where, f"key fact '{fact.id}'", fact.audiences)
            self.length(fact.where, f"key fact '{fact.id}'", "fact", fact.text)
        for entry in campaign.timeline:
            self.cites(
                entry.where, f"timeline entry {entry.date}", entry.text.strings(), entry.sources
            )
            self.audiences(entry.where, f"timeline entry {entry.date}", entry.audiences)

        for concern in content.concerns.values():
            what = f"concern '{concern.id}'"
            self.cites(concern.where, what, concern.body.strings(), concern.sources)
            if concern.summary:
                self.cites(concern.where, what, concern.summary.strings(), fact=False)
            for problem in condition_problems(concern.when, content):
                self.error(concern.where, f"{what}: {problem}")
            self.length(concern.where, what, "concern", concern.body)
            self.translations(concern.where, what, concern.body)

        for example in content.examples.values():
            what = f"example '{example.id}'"
            self.cites(example.where, what, example.text.strings(), example.sources)
            if example.country not in content.countries:
                self.error(
                    example.where, f"{what}: country '{example.country}' is not in countries.yaml"
                )
            for concern in example.concerns:
                if concern not in content.concerns:
                    self.missing(
                        "concern",
                        concern,
                        example.where,
                        f"{what}: concern '{concern}' does not exist",
                    )
            self.length(example.where, what, "example", example.text)

        primary = campaign.primary_treaty
        for ask in content.asks.values():
            what = f"ask '{ask.id}'"
            self.cites(ask.where, what, ask.text.strings(), ask.sources, fact=False)
            self.audiences(ask.where, what, ask.audiences)
            for problem in condition_problems(ask.when, content):
                self.error(ask.where, f"{what}: {problem}")
            self.length(ask.where, what, "ask", ask.text)
        for audience in content.audiences.values():
            for status in primary.statuses:
                if not any(
                    _fits(ask, audience.id, primary.id, status) for ask in content.asks.values()
                ):
                    self.warning(
                        audience.where,
                        f"audience '{audience.id}' has no ask for "
                        f"countries whose {primary.id} status is '{status}'",
                    )

        for profile in content.profiles.values():
            what = f"profile {profile.code}"
            if profile.code not in content.countries:
                self.error(profile.where, f"{what}: {profile.code} is not in countries.yaml")
            treaties = {t.id: t for t in campaign.treaties}
            for treaty_id, status in profile.treaties.items():
                label = f"{what} {treaty_id} status '{status.status}'"
                self.cites(
                    status.where, label, status.note.strings() if status.note else (), fact=False
                )
                self.cites(status.where, label, (), status.sources, fact=False)
                for language, phrase in note_contradictions(treaties[treaty_id], status):
                    self.warning(
                        status.where,
                        f"{label}: its note says '{phrase}', the wording of another status; "
                        "a note gives context and cannot state a status of its own"
                        + (f" ({language})" if language else ""),
                    )
                if status.status == UNKNOWN:
                    continue
                if not status.sources:
                    self.error(
                        status.where,
                        f"{label}: a status needs 'sources:' (the evidence for it); "
                        "only 'unknown' may go without",
                    )
                elif not settled(treaties[treaty_id], status):
                    self.stale(status.where, label, status.sources)
            for key, fact in profile.facts.items():
                if fact.sources:
                    self.cites(fact.where, f"{what} {key}", (), fact.sources)
                else:
                    self.warning(
                        fact.where, f"{what}: '{key}' is a fact and needs 'sources:' behind it"
                    )
            if profile.position:
                self.cites(profile.where, f"{what} position", profile.position.strings())
                self.length(profile.where, f"{what} position", "position", profile.position)
            for law in profile.laws:
                self.cites(law.where, f"{what} law", law.text.strings(), law.sources)
            for organisation in profile.organisations:
                self.cites(
                    organisation.where, f"{what} organisation", (), organisation.sources, fact=False
                )
            for concern in profile.concern_priority:
                if concern not in content.concerns:
                    self.missing(
                        "concern",
                        concern,
                        profile.where,
                        f"{what}: concern_priority names '{concern}', which does not exist",
                    )
            if profile.language and profile.language not in campaign.languages:
                country = content.countries.get(profile.code)
                if country is None or profile.language not in country.languages:
                    self.warning(
                        profile.where,
                        f"{what}: language '{profile.language}' is neither "
                        "a campaign language nor listed for the country",
                    )

        # Items kept out by a problem may be the ones that cite a source: no false alarms.
        citing_lost = any(kind != "source" for kind in content.rejected)
        for source in content.sources.values():
            if source.id not in self.cited and not citing_lost:
                self.warning(source.where, f"source '{source.id}' is never cited")
            if source.date is None and source.accessed is None:
                self.warning(
                    source.where,
                    f"source '{source.id}' has neither 'date' nor 'accessed'; "
                    "date it so the facts it backs can be dated",
                )


def _fits(ask, audience: str, treaty: str, status: str) -> bool:
    """The ask can be chosen for `audience` where `treaty`'s status is `status`."""
    on_treaty = [c for c in ask.when if c.key == treaty]
    return (ask.audiences is None or audience in ask.audiences) and all(
        status in c.values for c in on_treaty
    )

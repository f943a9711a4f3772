"""What the description rules (`kinds_in_view`, `party_sides`, `paired_bodies`) read of the
referent classes (`referents.Referents`, `body_referents.BodyReferents`): the document's name
mentions by paragraph, and each entity's kind and name. Typing only.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Protocol

from generator.extract.names import NameMention


class MentionView(Protocol):
    """The mentions and entities a referent class holds for one document."""

    @property
    def by_para(self) -> Mapping[int, Sequence[NameMention]]: ...
    @property
    def kinds(self) -> Mapping[str, str]: ...
    @property
    def names(self) -> Mapping[str, str]: ...

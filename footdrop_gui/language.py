"""Which language the app speaks: `--lang`, then settings.ini, then the system, else English.

The languages on offer are the ones whose files are shipped (footdrop_xx.qm for the screens
and catalog_xx.json for the exercises), not a list in the code, so adding a language is adding
its files (docs/translating.md). No Qt here: the choice is plain text and environment.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from importlib import resources
from importlib.resources.abc import Traversable

TRANSLATIONS_PACKAGE = "footdrop_gui.translations"
ENGLISH = "en"
SYSTEM = "system"  # the settings value meaning "follow the system"
# Where the system names its language, in the order gettext reads them.
ENV_ORDER = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
# Set on the application when the person asked to open the app again in a new language.
RESTART_PROPERTY = "footdrop_restart"
_CODE = re.compile(r"[a-z]{2,3}")


_current = ENGLISH


def current() -> str:
    """The language the app speaks now (screens, exercises, voice): English until chosen."""
    return _current


def use(code: str) -> None:
    """From now on the app speaks ``code`` (translators.apply_language calls this)."""
    global _current
    _current = code


def translations_root() -> Traversable:
    """The installed translations package: .qm and catalog_xx.json files."""
    return resources.files(TRANSLATIONS_PACKAGE)


def translation_file(name: str) -> Traversable:
    """A file in the installed translations package (it may not exist: check is_file())."""
    return translations_root() / name


def ui_file(code: str) -> str:
    return f"footdrop_{code}.qm"


def catalog_file(code: str) -> str:
    return f"catalog_{code}.json"


def shipped_languages() -> tuple[str, ...]:
    """English, then every language with both its screen and exercise files, sorted."""
    names = {node.name for node in translations_root().iterdir()}
    found = {
        match.group(1)
        for name in names
        if (match := re.fullmatch(r"catalog_([a-z]{2,3})\.json", name))
        and ui_file(match.group(1)) in names
    }
    return (ENGLISH, *sorted(found - {ENGLISH}))


def language_code(name: str) -> str | None:
    """ "es_MX.UTF-8" -> "es", "de" -> "de", "C" or "POSIX" or rubbish -> None."""
    code = re.split(r"[_.@-]", name.strip(), maxsplit=1)[0].lower()
    return code if _CODE.fullmatch(code) else None


def system_languages(env: Mapping[str, str]) -> list[str]:
    """The system's languages, most wanted first (LANGUAGE may list several: "es:de")."""
    for variable in ENV_ORDER:
        value = env.get(variable, "")
        names = value.split(":") if variable == "LANGUAGE" else [value]
        codes = [code for name in names if (code := language_code(name))]
        if codes:
            return codes
    return []


def choose_language(
    command_line: str | None, setting: str, env: Mapping[str, str], shipped: Iterable[str]
) -> str:
    """The first of: the command line, the setting (unless "system"), the system's own
    languages, that is shipped; English when none is."""
    offered = set(shipped) | {ENGLISH}
    wanted: list[str] = []
    for given in (command_line, setting):
        code = language_code(given) if given and given != SYSTEM else None
        if code:
            wanted.append(code)
            break  # an explicit choice of a language not shipped means English, not the system's
    else:
        wanted = system_languages(env)
    return next((code for code in wanted if code in offered), ENGLISH)

"""The review app: three panes (facts, sources, discrepancies) over one review session.

The App owns the state: it holds the one :class:`ReviewSession`, makes every
decision through it (each call is saved at once), and re-renders the panes from
``session.sheet``. Widgets post messages about what the editor wants; workers
build the sheet or write exports and post their results, never touching widgets.

Start-up: the first frame is the loading screen alone. The panes are mounted right
after it, then the sheet is built; the model (pydantic), the pipeline and the dialogs
are imported only when first needed (tests/unit/test_startup_imports.py holds this).
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widget import Widget
from textual.widgets import Input, ProgressBar, Static, TabbedContent, TabPane

from factsheet.errors import FactsheetError
from factsheet.review import Progress, ReviewError, ReviewSession
from factsheet.tui.commands import FactsheetCommands
from factsheet.tui.messages import ExportFinished, LoadFailed, LoadProgressed, PassageRequested, SheetLoaded
from factsheet.tui.text import clean, join, literal
from factsheet.tui.widgets.key_footer import KeyFooter
from factsheet.tui.widgets.status_line import StatusLine

if TYPE_CHECKING:
    # Only annotations: the model (pydantic), the panes and the dialogs are imported when first needed,
    # after the first frame.
    from factsheet.model import Anchor, Discrepancy, Fact, FactSheet
    from factsheet.tui.screens.export import ExportRequest
    from factsheet.tui.screens.help import KeyRow
    from factsheet.tui.widgets.discrepancies_pane import DiscrepanciesPane
    from factsheet.tui.widgets.fact_table import FactTable
    from factsheet.tui.widgets.facts_pane import FactsPane
    from factsheet.tui.widgets.source_view import SourceView
    from factsheet.tui.widgets.sources_pane import SourcesPane

PANES = ("facts", "sources", "discrepancies")
FACT_ACTIONS = {"confirm", "reject", "edit_value"}
DISCREPANCY_ACTIONS = {"resolve", "dismiss_discrepancy"}
SESSION_ACTIONS = FACT_ACTIONS | DISCREPANCY_ACTIONS | {"note", "undo", "next_open", "export", "search"}
DEFAULT_EXPORT_DIR = Path("exports")
GC_THRESHOLD = 20_000
"""Allocations between young collections (CPython's default is 700)."""
OWN_BINDINGS = {"app", "facts", "review", "source", "variant", "discrepancy"}
"""Binding id prefixes listed on the help screen (Textual's own scrolling keys are left out)."""


class FactsheetApp(App[None]):
    """Review a fact sheet: navigate, decide, export."""

    CSS_PATH = "app.tcss"
    TITLE = "factsheet"
    COMMANDS = App.COMMANDS | {FactsheetCommands}
    ENABLE_COMMAND_PALETTE = True

    BINDINGS = [
        Binding("question_mark,f1", "help", "Help", id="app.help", tooltip="Keys and what the panes show"),
        Binding("slash", "search", "Search", id="facts.search", tooltip="Search and filter facts as you type"),
        Binding("1", "pane('facts')", "Facts", id="app.pane.facts", show=False),
        Binding("2", "pane('sources')", "Sources", id="app.pane.sources", show=False),
        Binding("3", "pane('discrepancies')", "Discrepancies", id="app.pane.discrepancies", show=False),
        Binding("c", "confirm", "Confirm", id="review.confirm", tooltip="Confirm the fact"),
        Binding("x", "reject", "Reject", id="review.reject", tooltip="Reject the fact (left out of exports)"),
        Binding("e", "edit_value", "Edit value", id="review.edit_value", show=False,
                tooltip="Edit the fact's normalised value"),
        Binding("r", "resolve", "Resolve", id="review.resolve", tooltip="Choose a variant or type the value"),
        Binding("d", "dismiss_discrepancy", "Dismiss", id="review.dismiss", tooltip="Not a real disagreement"),
        Binding("n", "note", "Note", id="review.note", tooltip="Add a note to the fact or discrepancy"),
        Binding("u", "undo", "Undo", id="review.undo", tooltip="Undo your last decision"),
        Binding("o", "next_open", "Next open", id="discrepancy.next_open", show=False,
                tooltip="Go to the next open discrepancy"),
        Binding("escape", "leave_search", "Back", id="app.back", show=False, tooltip="Leave the search box"),
        Binding("q", "leave", "Quit", id="app.quit", tooltip="Quit (every decision is already saved)"),
    ]

    def __init__(
        self,
        paths: Sequence[Path] = (),
        *,
        sheet: FactSheet | None = None,
        review_path: Path,
        editor: str,
        jobs: int = 1,
        use_cache: bool = True,
        export_dir: Path = DEFAULT_EXPORT_DIR,
        exit_after: str | None = None,
    ) -> None:
        """``exit_after`` (benchmarks): ``"first-paint"`` quits after the first frame, ``"ready"`` after
        the first frame that shows the loaded sheet."""
        super().__init__()
        if "TEXTUAL_ANIMATIONS" not in os.environ:
            # Keyboard-first: no sliding tab underline or smooth scrolls (they cost ~35 ms of CPU per pane
            # switch after the frame that matters). TEXTUAL_ANIMATIONS=full brings them back.
            self.animation_level = "none"
        self.exit_after = exit_after
        self.paths = list(paths)
        self.given_sheet = sheet
        self.review_path = review_path
        self.editor = editor
        self.jobs = jobs
        self.use_cache = use_cache
        self.export_dir = export_dir
        self.session: ReviewSession | None = None
        self.problems: list[str] = []
        self.last_export: Path | None = None
        self.load_error: str | None = None
        """Why the sheet could not be loaded (the app then exits with status 2)."""
        self._gc_threshold: tuple[int, ...] = gc.get_threshold()
        self._freeze_token = 0
        """Counts loads: only the latest load's sheet is frozen (see :meth:`_fresh_heap`)."""
        self._focus_next: Widget | None = None
        """What to focus once the pane being switched to is shown (see :meth:`show_pane`)."""
        self.facts_pane: FactsPane
        self.sources_pane: SourcesPane
        self.discrepancies_pane: DiscrepanciesPane
        """The three panes, from :meth:`compose_panes` on."""
        self.panes_mounted = False
        """Whether the three panes are mounted (just after the first frame; see :meth:`on_mount`)."""
        self._views_behind = False
        """Whether a refused review call applied another editor's decisions that the panes do not show
        yet (they are drawn in full with the next change, see :meth:`show_change`)."""

    # -- layout --------------------------------------------------------------
    def compose(self) -> ComposeResult:
        """The loading screen, all that the first frame shows: the panes are mounted after it (see
        :meth:`on_mount`), unless a sheet is given, which is shown at once."""
        yield StatusLine(id="status")
        with Vertical(id="loading"):
            yield Static(literal("Reading the articles\u2026"), id="loading-label")
            yield ProgressBar(id="loading-bar", show_eta=False)
        if self.given_sheet is not None:
            yield from self.compose_panes()
        yield KeyFooter(id="footer")

    def compose_panes(self) -> ComposeResult:
        """The three panes in their tabs, hidden until a sheet is shown."""
        from factsheet.tui.widgets.discrepancies_pane import DiscrepanciesPane
        from factsheet.tui.widgets.facts_pane import FactsPane
        from factsheet.tui.widgets.sources_pane import SourcesPane

        self.facts_pane = FactsPane(id="facts-pane")
        self.sources_pane = SourcesPane(id="sources-pane")
        self.discrepancies_pane = DiscrepanciesPane(id="discrepancies-pane")
        with TabbedContent(id="panes") as panes:
            panes.display = False
            with TabPane("1 Facts", id="facts"):
                yield self.facts_pane
            with TabPane("2 Sources", id="sources"):
                yield self.sources_pane
            with TabPane("3 Discrepancies", id="discrepancies"):
                yield self.discrepancies_pane

    @property
    def sheet(self) -> FactSheet | None:
        """The sheet with the editor's decisions applied."""
        return self.session.sheet if self.session is not None else None

    @property
    def pane(self) -> str:
        return self.query_one(TabbedContent).active or "facts"

    def on_mount(self) -> None:
        # Latency: with 10,000 facts a full cycle collection took 0.3-0.7 s and was the worst key-press delay.
        # The loaded sheet and its first render are frozen out of the collector once per load (see _fresh_heap),
        # and young collections run less often. Objects without reference cycles are still freed at once.
        self._gc_threshold = gc.get_threshold()
        gc.set_threshold(GC_THRESHOLD, 50, 50)
        self._apply_keymap()
        self.query_one(StatusLine).show(None, note="loading")
        if self.exit_after == "first-paint":
            # The start-up benchmark stops its stopwatch at the first frame: quit then, start nothing after it.
            self.call_after_refresh(self.exit)
        elif self.given_sheet is None:
            # Paint the loading screen first: composing the (hidden) panes costs as much as that frame, and
            # the worker holds the GIL a lot.
            self.call_after_refresh(self._first_load)
        if self.given_sheet is not None:
            self.panes_mounted = True
            self.query_one("#loading").display = False
            try:
                session = ReviewSession.open(self.given_sheet, self.review_path, self.editor)
            except FactsheetError as error:
                self._load_failed(str(error))
                return
            self._show_session(session)

    async def _first_load(self) -> None:
        """Mount the panes (hidden), then build the sheet; not when the editor has quit meanwhile (q typed ahead).

        The panes go on the main screen, the bottom of the stack: help or the palette may be open on top."""
        screen = self.screen_stack[0]
        await screen.mount_compose(self.compose_panes(), before="#footer")
        if screen.is_attached:  # not once the app is quitting: the panes may not have been mounted
            self.panes_mounted = True
            self.load()

    def say(self, message: str, *, severity: str = "information", title: str = "", timeout: float | None = None) -> None:
        """Notify with literal text (messages may quote article text or file names)."""
        self.notify(clean(message, single_line=False), title=clean(title), severity=severity,  # type: ignore[arg-type]
                    timeout=timeout, markup=False)

    def _apply_keymap(self) -> None:
        from factsheet.tui.keymap import load_keymap

        keymap, problem = load_keymap()
        if keymap:
            self.set_keymap(keymap)
        if problem:
            self.say(problem, severity="warning", title="Keymap")

    def on_unmount(self) -> None:
        gc.set_threshold(*self._gc_threshold)
        gc.unfreeze()  # the collector may reach everything again

    def _fresh_heap(self) -> None:
        """Once per load, before showing the new sheet: give what the last load froze back to the
        collector and collect it (frozen cycles are otherwise never freed); the new sheet is frozen
        after its first frame."""
        gc.unfreeze()
        gc.collect()
        self._freeze_token += 1
        self.call_after_refresh(self._freeze, self._freeze_token)

    def _freeze(self, token: int) -> None:
        if token == self._freeze_token:  # a later load supersedes this one
            gc.freeze()

    # -- loading (thread worker; posts messages, touches no widget) ----------
    def load(self) -> None:
        """Build the sheet from the articles in a worker, showing progress."""
        self.session = None  # no decisions while the sheet is being rebuilt
        self.query_one("#loading-bar").display = True
        self.query_one("#loading-label", Static).update(literal("Reading the articles\u2026"))
        self.query_one("#panes").display = False
        self.query_one("#loading").display = True
        self.query_one("#loading-bar", ProgressBar).update(total=None, progress=0)
        self._build()

    @work(thread=True, exclusive=True, group="load")
    def _build(self) -> None:
        from factsheet.pipeline import build_sheet

        try:
            result = build_sheet(
                self.paths, jobs=self.jobs, use_cache=self.use_cache,
                progress=lambda done, total: self.post_message(LoadProgressed(done, total)),
            )
            if not result.sheet.sources:
                raise FactsheetError("no article could be read from " + ", ".join(str(p) for p in self.paths))
            session = ReviewSession.open(result.sheet, self.review_path, self.editor)
        except FactsheetError as error:
            self.post_message(LoadFailed(str(error)))
            return
        except Exception as error:  # noqa: BLE001 - the app must say what failed, not vanish
            self.post_message(LoadFailed(f"{type(error).__name__}: {error}"))
            return
        self.post_message(SheetLoaded(result, session))

    @on(LoadProgressed)
    def _load_progressed(self, message: LoadProgressed) -> None:
        self.query_one("#loading-bar", ProgressBar).update(total=message.total, progress=message.done)
        self.query_one(StatusLine).show(None, note=f"reading {message.done}/{message.total} articles")

    @on(SheetLoaded)
    def _sheet_loaded(self, message: SheetLoaded) -> None:
        self.problems = list(message.result.problems)
        for problem in self.problems[:5]:
            self.say(problem, severity="warning", title="Not read")
        self._show_session(message.session)

    @on(LoadFailed)
    def _load_failed_message(self, message: LoadFailed) -> None:
        self._load_failed(message.error)

    def _load_failed(self, error: str) -> None:
        self.load_error = error
        self.query_one("#loading-label", Static).update(
            join(literal(f"Could not load: {error}"), "\n\n", literal("Press q to quit."))
        )
        self.query_one("#loading-bar").display = False
        self.query_one("#loading").display = True
        self.query_one("#panes").display = False
        self.query_one(StatusLine).show(None, note="not loaded")
        self.say(error, severity="error", title="Could not load", timeout=10)

    def _show_session(self, session: ReviewSession) -> None:
        self.session = session
        self.load_error = None
        self.query_one("#loading").display = False
        self.query_one("#panes").display = True
        self._fresh_heap()
        self.refresh_views()
        self._focus_pane(self.pane)
        if self.exit_after == "ready":
            self.call_after_refresh(self.exit)
        if session.orphans:
            self.say(f"{len(session.orphans)} decisions name facts no longer found (kept in the review file).",
                        severity="warning")

    def refresh_views(self, *, sources: bool = True) -> None:
        """Re-render the panes and the status line from the session's sheet.

        A review decision changes statuses, values and notes, never what a source
        shows, so it passes ``sources=False`` and the source view is left alone.
        """
        sheet = self.sheet
        if sheet is None:
            return
        self._views_behind = False
        self.facts_pane.load(sheet)
        if sources:
            self.sources_pane.load(sheet)
        self.discrepancies_pane.load(sheet)
        self._show_progress()
        self.refresh_bindings()

    def show_change(self) -> None:
        """After a review call: redraw what it changed (:attr:`ReviewSession.changed`), or every pane but
        the sources when the session says anything may have changed.

        A decision changes one fact or one discrepancy and the facts behind it: the facts table rebuilds
        just their rows, so a decision costs the same with 10 facts or 10,000."""
        session = self.session
        if session is None:
            return
        change = session.changed
        if change is None or self._views_behind:
            self.refresh_views(sources=False)
            return
        self.facts_pane.update(session.sheet, change.facts)
        self.discrepancies_pane.update(session.sheet, change)
        self._show_progress()
        self.refresh_bindings()

    def _refused(self) -> None:
        """A refused call is not drawn; if it applied another editor's decisions, the next change draws all."""
        if self.session is not None and self.session.changed is None:
            self._views_behind = True

    def _show_progress(self) -> None:
        progress: Progress | None = self.session.progress() if self.session else None
        self.query_one(StatusLine).show(progress, editor=self.editor)

    # -- panes and focus -----------------------------------------------------
    def action_pane(self, pane: str) -> None:
        if pane in PANES and self.session is not None:
            self.show_pane(pane)

    def show_pane(self, pane: str, focus: Widget | None = None) -> None:
        """Switch to ``pane`` and focus ``focus`` there (default: the pane's main widget).

        Switching tabs posts ``TabActivated`` after this returns; the focus wanted is
        kept until then so that its handler cannot move focus back to the pane's default.
        """
        tabs = self.query_one(TabbedContent)
        if tabs.active == pane:
            self._focus_next = None
            (focus.focus() if focus is not None else self._focus_pane(pane))
            return
        self._focus_next = focus
        tabs.active = pane

    @on(TabbedContent.TabActivated)
    def _tab_activated(self, event: TabbedContent.TabActivated) -> None:
        if not event.pane.is_attached:
            return  # the tabs' first activation, arriving after the editor quit: no screen left to focus on
        pane = event.pane.id or "facts"
        wanted, self._focus_next = self._focus_next, None
        if wanted is not None:
            wanted.focus()
        elif self.focused is None or event.pane not in self.focused.ancestors:
            self._focus_pane(pane)  # a click on a tab, or a key: focus the pane, unless focus is already in it
        self.refresh_bindings()

    def _focus_pane(self, pane: str) -> None:
        if pane == "facts":
            self.facts_pane.table.focus()
        elif pane == "sources":
            view = self.sources_pane.view
            (view if view.source is not None else self.sources_pane.source_list).focus()
        else:
            self.discrepancies_pane.discrepancy_list.focus()

    async def action_leave(self) -> None:
        """``q``: quit, except while a text box has focus (where q is a letter; ctrl+q always quits)."""
        await self.action_quit()

    async def action_quit(self) -> None:
        """Quit; exit status 2 when nothing could be loaded (as the headless verbs do)."""
        self.exit(return_code=2 if self.load_error else 0)

    def action_leave_search(self) -> None:
        """Escape: leave the search box for the current pane."""
        if self.panes_mounted:  # escape typed ahead, before the panes are mounted: nothing to go back to
            self._focus_pane(self.pane)

    def action_search(self) -> None:
        if self.session is not None:
            self.show_pane("facts", self.facts_pane.search)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("leave", "help") and isinstance(self.focused, Input):
            return False  # the key types into the box: not offered in the footer (f1 and ctrl+q still work)
        if action not in SESSION_ACTIONS:
            return True
        if self.session is None or isinstance(self.screen, ModalScreen):
            return False
        if isinstance(self.focused, Input):
            return False  # letters typed in the search box are text, never review keys
        if action in FACT_ACTIONS:
            return self.pane in ("facts", "sources")
        if action in DISCREPANCY_ACTIONS:
            return self.pane == "discrepancies"
        return True

    # -- targets -------------------------------------------------------------
    def current_fact(self) -> Fact | None:
        """The fact the editor is on: the table's cursor, or the passage cursor in a source."""
        sheet = self.sheet
        if sheet is None:
            return None
        if self.pane == "facts":
            fact_id = self.facts_pane.table.current_id
        elif self.pane == "sources":
            fact_id = self.sources_pane.view.current_fact_id
        else:
            fact_id = None
        if fact_id is None:
            return None
        try:
            return sheet.fact(fact_id)
        except KeyError:
            return None

    def _need_fact(self) -> Fact | None:
        fact = self.current_fact()
        if fact is None:
            hint = "Move to a passage with [ and ] first." if self.pane == "sources" else "No fact selected."
            self.say(hint, severity="warning")
        return fact

    def _need_discrepancy(self) -> Discrepancy | None:
        current = self.discrepancies_pane.current
        if current is None:
            self.say("No discrepancy selected.", severity="warning")
        return current

    # -- review actions (each is saved by the session at once) ---------------
    def decide(self, done: str, call: Callable[[], object]) -> bool:
        """Run a session call; show refusals as notifications, never crash."""
        try:
            call()
        except ReviewError as error:
            self._refused()
            self.say(str(error), severity="error", title="Not saved", timeout=8)
            return False
        except OSError as error:
            self._refused()
            self.say(f"Could not save the review file: {error}", severity="error", title="Not saved")
            return False
        except Exception as error:  # noqa: BLE001 - a bug must not close the editor's screen
            self._refused()
            self.log.error(f"review call failed: {error!r}")
            self.say(f"{type(error).__name__}: {error}", severity="error", title="Not saved (internal error)")
            return False
        self.show_change()
        self.say(done, timeout=3)
        return True

    def action_confirm(self) -> None:
        fact = self._need_fact()
        if fact is not None and self.session is not None:
            self.decide(f"Confirmed {fact.kind}: {fact.text[:60]}", lambda: self.session.confirm(fact.id))  # type: ignore[union-attr]

    def action_reject(self) -> None:
        fact = self._need_fact()
        if fact is not None and self.session is not None:
            self.decide(f"Rejected {fact.kind}: {fact.text[:60]}", lambda: self.session.reject(fact.id))  # type: ignore[union-attr]

    def action_edit_value(self) -> None:
        from factsheet.tui.screens.prompt import TextPrompt

        fact = self._need_fact()
        if fact is None:
            return

        def save(value: str | None) -> None:
            if value is not None and self.session is not None and value != fact.value:
                self.decide(f"Value of {fact.id} set", lambda: self.session.edit_value(fact.id, value))  # type: ignore[union-attr]

        self.push_screen(
            TextPrompt(f"Edit the value of this {fact.kind}", fact.value, about=fact.text[:300]), save
        )

    def action_note(self) -> None:
        from factsheet.tui.screens.prompt import TextPrompt

        if self.pane == "discrepancies":
            d = self._need_discrepancy()
            if d is None:
                return

            def save_d(note: str | None) -> None:
                if note is not None and self.session is not None:
                    self.decide("Note saved", lambda: self.session.note_discrepancy(d.id, note))  # type: ignore[union-attr]

            self.push_screen(TextPrompt("Note on this discrepancy", d.note, about=d.summary), save_d)
            return
        fact = self._need_fact()
        if fact is None:
            return

        def save_f(note: str | None) -> None:
            if note is not None and self.session is not None:
                self.decide("Note saved", lambda: self.session.note_fact(fact.id, note))  # type: ignore[union-attr]

        self.push_screen(TextPrompt("Note on this fact", fact.note, about=fact.text[:300]), save_f)

    def action_resolve(self) -> None:
        from factsheet.tui.screens.resolve import ResolveScreen

        d = self._need_discrepancy()
        if d is None:
            return

        def save(value: str | None) -> None:
            if value is not None and self.session is not None:
                self.decide(f"Resolved as {value[:60]}", lambda: self.session.resolve(d.id, value))  # type: ignore[union-attr]

        self.push_screen(ResolveScreen(d), save)

    def action_dismiss_discrepancy(self) -> None:
        d = self._need_discrepancy()
        if d is not None and self.session is not None:
            self.decide("Dismissed", lambda: self.session.dismiss(d.id))  # type: ignore[union-attr]

    def action_undo(self) -> None:
        if self.session is None:
            return
        try:
            entry = self.session.undo()
        except Exception as error:  # noqa: BLE001 - ReviewError, or a bug: say it, keep running
            self._refused()
            self.say(str(error), severity="error", title="Not undone")
            return
        if entry is None:
            self._refused()
            self.say("Nothing to undo.", severity="warning")
            return
        self.show_change()
        self.say(f"Undid {entry.action.replace('_', ' ')} of {entry.id}", timeout=3)

    # -- jumps ---------------------------------------------------------------
    # Named handlers, not @on: the panes' classes are imported after the first frame.
    def on_fact_table_chosen(self, message: FactTable.Chosen) -> None:
        self.jump_to_passage(message.fact_id)

    @on(PassageRequested)
    def _passage_requested(self, message: PassageRequested) -> None:
        self.jump_to_passage(message.fact_id, message.anchor)

    def on_source_view_fact_chosen(self, message: SourceView.FactChosen) -> None:
        self.jump_to_fact(message.fact_id)

    def jump_to_passage(self, fact_id: str, anchor: Anchor | None = None) -> None:
        """Show the fact's passage (``anchor``, else its first) highlighted in its source."""
        sheet = self.sheet
        if sheet is None:
            return
        try:
            fact = sheet.fact(fact_id)
        except KeyError:
            self.say("That fact is gone.", severity="warning")
            return
        anchor = anchor or (fact.evidence[0] if fact.evidence else None)
        if anchor is None:
            self.say("This fact has no passage.", severity="warning")
            return
        self.show_pane("sources", self.sources_pane.view)
        if not self.sources_pane.show_passage(fact_id, anchor):
            self.say("The passage is no longer in its source.", severity="warning")

    def jump_to_fact(self, fact_id: str) -> None:
        """Show ``fact_id`` in the facts table (clearing filters that hide it)."""
        table = self.facts_pane.table
        self.show_pane("facts", table)
        if not table.select(fact_id):
            self.facts_pane.clear_filters()
            self.call_after_refresh(self._select_fact, fact_id)

    def _select_fact(self, fact_id: str) -> None:
        if not self.facts_pane.table.select(fact_id):
            self.say("That fact is not in the sheet.", severity="warning")

    def jump_to_source(self, source_id: str) -> None:
        self.show_pane("sources", self.sources_pane.view)
        self.sources_pane.show_source(source_id)

    def jump_to_person(self, person: str) -> None:
        """Facts whose subject or text names ``person``."""
        self.show_pane("facts", self.facts_pane.table)
        self.facts_pane.search.value = " ".join(person.split())

    def action_next_open(self) -> None:
        self.show_pane("discrepancies", self.discrepancies_pane.discrepancy_list)
        if self.discrepancies_pane.next_open() is None:
            self.say("No open discrepancy left.")

    def filter_facts(self, name: str, value: str) -> None:
        self.show_pane("facts", self.facts_pane.table)
        self.facts_pane.set_filter(name, value)

    def action_clear_filters(self) -> None:
        self.facts_pane.clear_filters()

    def action_toggle_dark(self) -> None:
        self.theme = "textual-light" if self.current_theme.dark else "textual-dark"

    # -- reload and export ---------------------------------------------------
    def action_reload(self) -> None:
        """Rebuild from the articles (or re-read the review file for a given sheet)."""
        if self.given_sheet is not None:
            if self.session is not None and self.decide("Review file re-read", self.session.reload):
                self._fresh_heap()
            return
        self.load()

    def action_export(self, fmt: str) -> None:
        if self.session is None:
            return
        from factsheet.tui.screens.export import ExportScreen

        suffix = ".md" if fmt == "md" else ".toml"

        def write(request: ExportRequest | None) -> None:
            if request is not None and self.sheet is not None:
                self._export(request, self.sheet)

        self.push_screen(ExportScreen(fmt, self.export_dir / f"factsheet{suffix}"), write)

    @work(thread=True, exclusive=True, group="export")
    def _export(self, request: ExportRequest, sheet: FactSheet) -> None:
        from datetime import UTC, datetime

        from factsheet.commands.export import render
        from factsheet.review.store import write_atomic

        try:
            if request.curated and not any(f.status == "confirmed" for f in sheet.facts):
                raise FactsheetError("no confirmed fact to export; untick 'confirmed facts only' or confirm facts")
            text = render(request.format, sheet, datetime.now(UTC).replace(microsecond=0), curated=request.curated)
            write_atomic(request.path, text, what="export", backup=False)
        except (FactsheetError, OSError, ValueError) as error:
            self.post_message(ExportFinished(str(request.path), error=str(error)))
            return
        self.post_message(ExportFinished(str(request.path)))

    @on(ExportFinished)
    def _export_finished(self, message: ExportFinished) -> None:
        if message.error:
            self.say(message.error, severity="error", title="Export failed")
            return
        self.last_export = Path(message.path)
        self.say(f"Wrote {message.path}", title="Exported")

    # -- help ----------------------------------------------------------------
    def action_help(self) -> None:
        from factsheet.tui.screens.help import HelpScreen

        if isinstance(self.screen, HelpScreen):
            return
        self.push_screen(HelpScreen(self.key_rows()))

    def key_rows(self) -> list[KeyRow]:
        """The active bindings, one row per action (keys merged), for the help screen."""
        rows: dict[tuple[str, str], list[str]] = {}
        tooltips: dict[tuple[str, str], str] = {}
        for key, active in self.screen.active_bindings.items():
            binding = active.binding
            if not binding.description or (binding.id or "").split(".")[0] not in OWN_BINDINGS:
                continue
            slot = (binding.action, binding.description)
            display = self.get_key_display(binding.with_key(key) if hasattr(binding, "with_key") else binding)
            rows.setdefault(slot, [])
            if display not in rows[slot]:
                rows[slot].append(display)
            tooltips[slot] = active.tooltip or binding.tooltip
        for own in self.BINDINGS:  # review keys of the other panes too
            assert isinstance(own, Binding)
            slot = (own.action, own.description)
            if slot not in rows and (own.id or "").split(".")[0] in OWN_BINDINGS:
                rows[slot] = [self.get_key_display(own.with_key(k.strip())) for k in own.key.split(",")]
                tooltips[slot] = own.tooltip
        keys = [("\u2191 \u2193 j k", "Move", "pgup pgdn home end jump further")]
        keys += [(" ".join(shown), slot[1], tooltips[slot]) for slot, shown in rows.items()]
        keys.append(("tab", "Next widget", "shift+tab goes back; the mouse works too"))
        keys.append(("ctrl+p", "Command palette", "exports, reload, filters, theme, jumps"))
        return keys

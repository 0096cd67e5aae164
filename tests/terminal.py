"""Driving `ocop` in a real terminal (a pty), as staff do: read until a prompt, type an answer."""

from __future__ import annotations

import os
import pty
import select
import signal
import subprocess
import sys
import time


def _controlling_terminal() -> None:
    """In the child, after setsid: the pty becomes its terminal, so Ctrl-C sends it SIGINT."""
    import fcntl
    import termios

    fcntl.ioctl(0, termios.TIOCSCTTY, 0)


class Terminal:
    def __init__(self, *args: str, cwd=None):
        self.fd, secondary = pty.openpty()
        self.process = subprocess.Popen([sys.executable, "-m", "generator.cli", *args], stdin=secondary,
                                        stdout=secondary, stderr=secondary, cwd=cwd, start_new_session=True,
                                        preexec_fn=_controlling_terminal,
                                        env={**os.environ, "PYTHONIOENCODING": "utf-8"})
        os.close(secondary)
        self.shown = b""
        self.seen = 0  # how much of `shown` the last expect() consumed

    @property
    def text(self) -> str:
        return self.shown.decode("utf-8", "replace").replace("\r\n", "\n")

    def expect(self, text: str, timeout: float = 60) -> str:
        """Wait until `text` appears after what was already expected; what came before it."""
        deadline = time.monotonic() + timeout
        wanted = text.encode()
        while wanted not in self.shown[self.seen:]:
            assert time.monotonic() < deadline, f"waited for {text!r}; the terminal shows:\n{self.text}"
            if select.select([self.fd], [], [], 0.2)[0]:
                try:
                    chunk = os.read(self.fd, 65536)
                except OSError:  # the program ended
                    chunk = b""
                self.shown += chunk
                if not chunk:
                    assert wanted in self.shown[self.seen:], f"ended before {text!r}:\n{self.text}"
        start = self.shown.index(wanted, self.seen)
        before = self.shown[self.seen:start].decode("utf-8", "replace").replace("\r\n", "\n")
        self.seen = start + len(wanted)
        return before

    def _read_more(self):
        if select.select([self.fd], [], [], 0.2)[0]:
            try:
                self.shown += os.read(self.fd, 65536)
            except OSError:
                pass

    def answer(self, prompt: str, line: str) -> str:
        before = self.expect(prompt)
        os.write(self.fd, (line + "\n").encode())
        return before

    def ctrl_c(self) -> None:
        """Ctrl-C, a moment after the prompt as a person presses it: a SIGINT arriving in the
        instant between Python writing a prompt and starting to read waits for the next key."""
        time.sleep(0.5)
        os.write(self.fd, b"\x03")  # the terminal turns it into SIGINT for the program

    def finish(self, timeout: float = 60) -> int:
        deadline = time.monotonic() + timeout
        while self.process.poll() is None and time.monotonic() < deadline:
            self._read_more()
        code = self.process.wait(timeout=5)
        for _ in range(20):
            before = len(self.shown)
            self._read_more()
            if len(self.shown) == before:
                break
        return code

    def close(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()
        os.close(self.fd)

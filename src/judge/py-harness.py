"""Runs one Python submission inside Pyodide (src/judge/py-child.mjs).

It is executed before the submission, so it keeps its own references to json and the builtins it
uses. The child process calls _judge_load once, then _judge_run once per test; both return JSON
text. The returned value is compared outside this process, so whatever the submission patches can
only change its own answer.
"""

import builtins as _builtins
import gc as _gc
import json as _json
import sys as _sys
import time as _time

_dumps = _json.dumps
_loads = _json.loads
_perf_counter = _time.perf_counter
_FILE = "solution.py"

# Host bridges: Pyodide is not a sandbox, so submitted code must not reach JavaScript. The child
# process is locked down as well; this is the first fence, not the only one.
_HOST_MODULES = ("js", "pyodide_js", "pyodide", "_pyodide", "_pyodide_core", "micropip")
_SORT_MODULES = ("heapq", "_heapq", "bisect", "_bisect")

_state = {"code": None, "entry": None, "kind": None}


class _ImportBlocker:
    """A meta path finder that refuses some top-level modules with a reason."""

    def __init__(self, reasons):
        self.reasons = reasons

    def find_spec(self, fullname, path=None, target=None):
        reason = self.reasons.get(fullname.partition(".")[0])
        if reason is not None:
            raise ImportError(reason)
        return None


def _block_modules(reasons):
    for name in list(_sys.modules):
        if name.partition(".")[0] in reasons:
            del _sys.modules[name]
    _sys.meta_path.insert(0, _ImportBlocker(reasons))


def _drop_js_finder():
    """Pyodide's import hook keeps the JavaScript modules it serves; let it forget them."""
    for finder in list(_sys.meta_path):
        if type(finder).__name__ == "JsFinder":
            for name in ("js", "pyodide_js"):
                try:
                    finder.unregister_js_module(name)
                except Exception:  # noqa: BLE001 - already gone is fine
                    pass
            _sys.meta_path.remove(finder)


def _banned(name):
    def unavailable(*args, **kwargs):
        raise RuntimeError(f"{name} is not available in this problem: implement the sort yourself")

    return unavailable


def _ban_sorting():
    _builtins.sorted = _banned("sorted()")
    # list is a static type: its attribute dict can only be changed through the object itself.
    # The process serves one submission, so the original method is never needed again.
    list_dict = _gc.get_referents(list.__dict__)[0]
    list_dict["sort"] = _banned("list.sort()")
    _sys._clear_type_cache()
    reason = "{} is not available in this problem: implement the sort yourself"
    _block_modules({name: reason.format(name) for name in _SORT_MODULES})


def _location(error):
    frame_line = None
    trace = error.__traceback__
    while trace is not None:
        code = trace.tb_frame.f_code
        if code.co_filename == _FILE:
            name = code.co_name
            where = "" if name == "<module>" else f", in {name}"
            frame_line = f" (line {trace.tb_lineno}{where})"
        trace = trace.tb_next
    return frame_line or ""


def _failure(error):
    if isinstance(error, MemoryError):
        return {"verdict": "memory_limit_exceeded", "message": "MemoryError"}
    if isinstance(error, SystemExit):
        return {"verdict": "runtime_error", "message": "exit() was called; return the answer instead"}
    try:
        text = str(error)
    except BaseException:  # noqa: BLE001 - a broken __str__ must not hide the error
        text = ""
    message = f"{type(error).__name__}: {text}" if text else type(error).__name__
    return {"verdict": "runtime_error", "message": (message[:500] + _location(error))}


def _fresh_module():
    namespace = {"__name__": "solution", "__builtins__": _builtins}
    try:
        exec(_state["code"], namespace)
    except BaseException as error:  # noqa: BLE001 - everything the submission raises is a verdict
        return None, _failure(error)
    return namespace, None


def _judge_load(source, entry, kind, restrictions_json):
    try:
        code = compile(source, _FILE, "exec", dont_inherit=True)
    except (SyntaxError, ValueError) as error:
        line = getattr(error, "lineno", None)
        where = f"line {line}: " if line else ""
        detail = getattr(error, "msg", None) or str(error)
        return _dumps({"ok": False, "verdict": "compile_error", "message": f"{where}{type(error).__name__}: {detail}"})
    if "no-builtin-sort" in _loads(restrictions_json):
        _ban_sorting()
    _block_modules({name: f"{name} is not available in the judge" for name in _HOST_MODULES})
    _drop_js_finder()
    _state.update(code=code, entry=entry, kind=kind)
    namespace, failure = _fresh_module()
    if failure is not None:
        return _dumps({"ok": False, **failure})
    target = namespace.get(entry)
    keyword = "class" if kind == "class" else "def"
    if target is None:
        return _dumps({"ok": False, "verdict": "compile_error", "message": f"define `{keyword} {entry}` at the top level of your code"})
    if (kind == "class") != isinstance(target, type) or not callable(target):
        return _dumps({"ok": False, "verdict": "compile_error", "message": f"{entry} must be a {kind}, defined with `{keyword}`"})
    return _dumps({"ok": True})


def _invoke(target, data):
    if _state["kind"] == "function":
        return target(*data["args"])
    ops = data["ops"]
    args = data["args"]
    instance = target(*args[0])
    results = [None]
    for i in range(1, len(ops)):
        method = getattr(instance, ops[i])
        results.append(method(*args[i]))
    return results


def _judge_run(input_json):
    try:
        return _run(input_json)
    finally:
        for stream in (_sys.stdout, _sys.stderr):
            try:
                stream.flush()
            except BaseException:  # noqa: BLE001 - a full output is reported by the child process
                pass


def _run(input_json):
    data = _loads(input_json)
    namespace, failure = _fresh_module()
    if failure is not None:
        return _dumps({"status": "error", **failure, "timeMs": 0})
    target = namespace[_state["entry"]]
    start = _perf_counter()
    try:
        value = _invoke(target, data)
    except BaseException as error:  # noqa: BLE001
        elapsed = (_perf_counter() - start) * 1000
        return _dumps({"status": "error", **_failure(error), "timeMs": elapsed})
    elapsed = (_perf_counter() - start) * 1000
    try:
        output = _dumps(value, allow_nan=False)
    except (TypeError, ValueError, RecursionError) as error:
        message = f"the returned value cannot be compared ({error}); return numbers, strings, booleans, None, lists and dicts"
        return _dumps({"status": "error", "verdict": "runtime_error", "message": message, "timeMs": elapsed})
    return _dumps({"status": "ok", "output": output, "timeMs": elapsed})

"""Runs one Python submission inside Pyodide (src/judge/py-child.mjs).

Executed in a private namespace (not __main__) before any submitted code. `_build()` captures what
the harness needs in a closure, fences the import system and the introspection that could reach
it, and returns (load, prepare, run) to the child process, which keeps them in JavaScript only. Both return
a dict of strings: {"output": json} or {"kind": ..., "name": ..., "message": ..., "where": ...}.

Nothing here is trusted by the host: it returns a value or an error, never a verdict or a time.
The fences below keep a submission from reaching the JavaScript host and from tampering with the
harness; if one gave way, the submission could only change its own returned value.
"""


def _build():
    import _imp
    import builtins
    import gc
    import json
    import sys
    import time
    import types

    _type, _str, _isinstance, _getattr, _len, _range = type, str, isinstance, getattr, len, range
    _compile, _exec, _callable, _BaseException = compile, exec, callable, BaseException
    _MemoryError, _SystemExit = MemoryError, SystemExit
    traceback_of = BaseException.__dict__["__traceback__"].__get__
    # json.loads looks up `str` and `len` in builtins when called; the scanner behind raw_decode does not.
    raw_decode = json.JSONDecoder().raw_decode

    def loads(text):
        return raw_decode(text)[0]

    def not_serializable(value):
        raise TypeError(f"Object of type {_type(value).__name__} is not JSON serializable")

    # json's C encoder, made here: json.dumps and JSONEncoder look up `isinstance`, `str` and
    # c_make_encoder when called, all of which a submission can replace.
    c_encoder = json.encoder.c_make_encoder(None, not_serializable, json.encoder.encode_basestring_ascii, None, ":", ",", False, False, False)

    def encode(value):
        return "".join(c_encoder(value, 0))

    referents = gc.get_referents
    clear_type_cache = sys._clear_type_cache
    create_builtin = _imp.create_builtin
    create_dynamic = _imp.create_dynamic
    FILE = "solution.py"
    MESSAGE_CHARS = 2000
    NOT_IN_JUDGE = "{} is not available in the judge"
    # Bridges to JavaScript, and modules that read or rewrite arbitrary memory and objects.
    HOST = ("js", "pyodide_js", "pyodide", "_pyodide", "_pyodide_core", "micropip", "pyodide_http")
    FENCED = HOST + ("_imp", "gc", "ctypes", "_ctypes", "_testinternalcapi", "_testcapi", "_xxsubinterpreters", "_interpreters")
    reasons = {name: NOT_IN_JUDGE.format(name) for name in FENCED}
    state = {"code": None, "entry": None, "kind": None, "input": None}

    def static_type_dict(cls):
        # A static type's attribute dict can only be changed through the object itself.
        return referents(cls.__dict__)[0]

    class ImportFence:
        """The first fence: refuses fenced top-level modules on every import statement."""

        def find_spec(self, fullname, path=None, target=None):
            reason = reasons.get(fullname.partition(".")[0])
            if reason is not None:
                raise ImportError(reason)
            return None

    def checked_name(spec):
        name = spec.name
        if _type(name) is not _str:
            raise ImportError("a module name must be a str")
        reason = reasons.get(name.partition(".")[0])
        if reason is not None:
            raise ImportError(reason)
        return name

    def guarded_create_builtin(spec):
        # The second fence, where every built-in module is made: BuiltinImporter, importlib.machinery,
        # importlib.util and __import__ all end here, even with the first fence removed from meta_path.
        # A spec of a C type the submission never sees: a patched ModuleSpec or a `name` property that
        # answers one way here and another way to C cannot swap the module after the check.
        return create_builtin(types.SimpleNamespace(name=checked_name(spec), origin="built-in"))

    def guarded_create_dynamic(spec, *args):
        # The same for extension modules loaded from the virtual file system (ctypes' _ctypes).
        name = checked_name(spec)
        return create_dynamic(types.SimpleNamespace(name=name, origin=_str(spec.origin)), *args)

    def from_host(value):
        if _type(value).__name__.startswith("Js"):
            return True
        modules = [_getattr(value, "__module__", None), _getattr(_type(value), "__module__", None)]
        if _isinstance(value, types.FunctionType):
            modules.append(value.__globals__.get("__name__"))
        return any(_type(m) is _str and m.partition(".")[0] in HOST for m in modules)

    def unavailable_here(*args, **kwargs):
        raise RuntimeError("this function reaches the JavaScript host and is not available in the judge")

    perf_counter = time.perf_counter

    def sleep(seconds):
        # Pyodide's time.sleep waits in JavaScript; here the wait spends the time limit like any loop.
        end = perf_counter() + seconds
        while perf_counter() < end:
            pass

    def replacement(value):
        return unavailable_here if _callable(value) and not _isinstance(value, _type) else object()

    def scrub_modules():
        # Pyodide patches standard modules (asyncio.run, json's JsNull, typing's overload registry)
        # with objects whose globals hold _pyodide_core functions and JavaScript proxies. Walk what is
        # reachable from sys.modules and replace every such object; remove host finders from lists.
        seen = set()
        stack = [(module, 0) for module in list(sys.modules.values())]
        while stack:
            node, depth = stack.pop()
            if id(node) in seen or depth > 8:
                continue
            seen.add(id(node))
            if _isinstance(node, types.FunctionType):
                stack.append((node.__globals__, depth + 1))
                continue
            if _type(node) is types.ModuleType:
                node = node.__dict__
            if _isinstance(node, dict):
                for key, value in list(node.items()):
                    if _type(value) is not types.ModuleType and from_host(value):
                        node[key] = replacement(value)
                    else:
                        stack.append((value, depth + 1))
            elif _isinstance(node, list):
                node[:] = [item for item in node if not from_host(item)]
                stack.extend((item, depth + 1) for item in node)
            elif _isinstance(node, _type):
                for key, value in list(vars(node).items()):
                    if from_host(value):
                        try:
                            setattr(node, key, replacement(value))
                        except _BaseException:  # noqa: BLE001 - a static type holds nothing of Pyodide's
                            pass
                    else:
                        stack.append((value, depth + 1))

    def fence_imports():
        for name in list(sys.modules):
            if name.partition(".")[0] in HOST:
                del sys.modules[name]
        sys.meta_path[:] = [finder for finder in sys.meta_path if not from_host(finder) and not from_host(_type(finder))]
        sys.path_hooks[:] = [hook for hook in sys.path_hooks if not from_host(hook)]
        sys.path_importer_cache.clear()
        sys.meta_path.insert(0, ImportFence())
        _imp.create_builtin = guarded_create_builtin
        _imp.create_dynamic = guarded_create_dynamic
        scrub_modules()
        time.sleep = sleep
        sys.modules["__main__"] = types.ModuleType("__main__")
        # What could reach the harness's frames, closures or objects, or watch it run.
        for name in ("_getframe", "_getframemodulename", "_current_frames", "_current_exceptions", "settrace", "setprofile", "monitoring", "addaudithook"):
            if hasattr(sys, name):
                delattr(sys, name)
        for name in ("get_objects", "get_referrers", "get_referents"):
            delattr(gc, name)
        del static_type_dict(types.FunctionType)["__closure__"]
        del static_type_dict(types.FrameType)["f_back"]
        clear_type_cache()
        for name in ("_imp", "gc", "_ctypes", "ctypes"):
            sys.modules.pop(name, None)

    def banned(name):
        def unavailable(*args, **kwargs):
            raise RuntimeError(f"{name} is not available in this problem: implement the sort yourself")

        return unavailable

    def ban_sorting():
        builtins.sorted = banned("sorted()")
        static_type_dict(list)["sort"] = banned("list.sort()")
        clear_type_cache()
        for name in ("heapq", "_heapq", "bisect", "_bisect"):
            reasons[name] = f"{name} is not available in this problem: implement the sort yourself"
            sys.modules.pop(name, None)

    def cut(text):
        return text[:MESSAGE_CHARS]

    def location(error):
        found = ""
        try:
            trace = traceback_of(error)
            while trace is not None:
                code = trace.tb_frame.f_code
                if code.co_filename == FILE:
                    name = code.co_name
                    found = f" (line {trace.tb_lineno}{'' if name == '<module>' else f', in {name}'})"
                trace = trace.tb_next
        except _BaseException:  # noqa: BLE001 - the location is a courtesy
            return ""
        return found[:150]

    def failure(error):
        if _isinstance(error, _MemoryError):
            return {"kind": "memory", "message": ""}
        if _isinstance(error, _SystemExit):
            return {"kind": "exit", "message": "exit() was called; return the answer instead"}
        name = _type(error).__name__
        if _type(name) is not _str:
            name = "Exception"
        try:
            text = _str(error)
            text = cut(text) if _type(text) is _str else ""
        except _BaseException:  # noqa: BLE001 - a broken __str__ must not hide the error
            text = ""
        return {"kind": "exception", "name": name[:100], "message": text, "where": location(error)}

    def fresh_module():
        namespace = {"__name__": "solution", "__builtins__": builtins}
        try:
            _exec(state["code"], namespace)
        except _BaseException as error:  # noqa: BLE001 - everything the submission raises is its error
            return None, failure(error)
        return namespace, None

    def load(source, entry, kind, restrictions_json):
        try:
            code = _compile(source, FILE, "exec", dont_inherit=True)
        except (SyntaxError, ValueError) as error:
            line = _getattr(error, "lineno", None)
            where = f"line {line}: " if line else ""
            detail = _getattr(error, "msg", None) or _str(error)
            return {"kind": "syntax", "message": cut(f"{where}{_type(error).__name__}: {detail}")}
        if "no-builtin-sort" in loads(restrictions_json):
            ban_sorting()
        state.update(code=code, entry=entry, kind=kind)
        namespace, error = fresh_module()
        if error is not None:
            return error
        target = namespace.get(entry)
        keyword = "class" if kind == "class" else "def"
        if target is None:
            return {"kind": "entry", "message": f"define `{keyword} {entry}` at the top level of your code"}
        if (kind == "class") != _isinstance(target, _type) or not _callable(target):
            return {"kind": "entry", "message": f"{entry} must be a {kind}, defined with `{keyword}`"}
        return {}

    def invoke(target, data):
        if state["kind"] == "function":
            return target(*data["args"])
        ops, args = data["ops"], data["args"]
        instance = target(*args[0])
        results = [None]
        for i in _range(1, _len(ops)):
            results.append(_getattr(instance, ops[i])(*args[i]))
        return results

    def prepare(input_json):
        # The judge's part of a test, measured apart by the host: reading the input runs no submitted code.
        state["input"] = loads(input_json)
        return {}

    def run():
        data = state["input"]
        state["input"] = None
        namespace, error = fresh_module()
        if error is not None:
            return error
        try:
            value = invoke(namespace[state["entry"]], data)
        except _BaseException as error:  # noqa: BLE001
            return failure(error)
        try:
            return {"output": encode(value)}
        except _BaseException as error:  # noqa: BLE001 - a value whose serialization fails is the submission's
            if _isinstance(error, _MemoryError):
                return {"kind": "memory", "message": ""}
            detail = cut(f"{_type(error).__name__}: {error}")
            return {"kind": "exception", "name": "TypeError", "message": f"the returned value cannot be compared ({detail}); return numbers, strings, booleans, None, lists and dicts"}

    def flushed(function):
        def call(*args):
            try:
                return function(*args)
            except _BaseException as error:  # noqa: BLE001 - the harness broken by a patched builtin
                try:
                    return failure(error)
                except _BaseException:  # noqa: BLE001
                    return {"kind": "exception", "name": "Error", "message": "the submission broke the judge's harness"}
            finally:
                for stream in (sys.stdout, sys.stderr):
                    try:
                        stream.flush()
                    except _BaseException:  # noqa: BLE001 - a full output is reported by the child process
                        pass

        return call

    fence_imports()
    return flushed(load), flushed(prepare), flushed(run)

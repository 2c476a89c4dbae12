#!/usr/bin/env python3
"""Measures how much Java heap reading a large document needs, per byte of the file.

For each document size it writes a VALID document of about that many bytes, then finds by
bisection the smallest -Xmx (to the nearest STEP MiB) with which a command still succeeds.
The slope of heap against file size between the sizes is the heap a document needs per byte.

Usage (from the repository root, after `./mvnw -B -o -DskipTests package`; set HEAP_CLASSES to
a copy of the five modules' target/classes folders if a build may run meanwhile):

  tools/heap-per-byte.py evaluation 4 8 16     # the evaluate command, one evaluation file
  tools/heap-per-byte.py initiative 4 8 16     # Documents.read of one initiative, in core
  tools/heap-per-byte.py initiative-compact 4 8 16   # the same without indentation

A kind ending in -compact writes the document without indentation or spaces, which packs more
values into each byte and so needs more heap per byte: the worse case for a limit in bytes.

Sizes are in MiB, at most the reader's limit (16 MiB): a larger file is refused, which the
bisection would take for a heap too small. Each run prints one line per size: bytes, smallest heap in MiB, and the
heap per byte of input. The documents are built from the bundled example care-leavers:
its response sets (evaluation) or its participants (initiative) are copied
with new ids until the file reaches the size; that is the shape of a large real document.
"""
import copy
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
M2 = os.path.expanduser("~/.m2/repository")
EXAMPLE = os.path.join(
    ROOT, "examples/src/main/resources/org/coproduction/examples/care-leavers.json")
STEP = 4  # MiB


def classpath():
    jars = [
        "tools/jackson/core/jackson-databind/3.2.1/jackson-databind-3.2.1.jar",
        "tools/jackson/core/jackson-core/3.2.1/jackson-core-3.2.1.jar",
        "tools/jackson/dataformat/jackson-dataformat-csv/3.2.1/jackson-dataformat-csv-3.2.1.jar",
        "com/fasterxml/jackson/core/jackson-annotations/2.22/jackson-annotations-2.22.jar",
        "info/picocli/picocli/4.7.7/picocli-4.7.7.jar",
    ]
    modules = ["core", "checklist", "scoring", "report", "examples"]
    # HEAP_CLASSES names a copy of the modules' target/classes folders, so that a build running
    # meanwhile cannot change the classes under a measurement.
    classes = os.environ.get("HEAP_CLASSES", ROOT)
    return ":".join([os.path.join(classes, m, "target/classes") for m in modules]
                    + [os.path.join(M2, j) for j in jars])


def evaluation(size):
    """The example evaluation with its response sets copied, anonymously, up to size bytes."""
    d = json.load(open(EXAMPLE))
    sets = d["responses"]
    written = len(json.dumps(d, indent=2))
    extra = []
    i = 0
    while written < size:
        r = copy.deepcopy(sets[i % len(sets)])
        r["id"] = "copy-%07d" % i
        r.pop("participantId", None)
        extra.append(r)
        written += len(json.dumps(r, indent=2)) + 2
        i += 1
    d["responses"] = sets + extra
    return json.dumps(d, indent=2)


def initiative(size):
    """The example's initiative with its participants copied (new ids) up to size bytes.

    A participant is mostly short names from fixed lists (roles, access needs, ways to be
    contacted, days), the densest kind of content, so this is the costly shape per byte."""
    d = json.load(open(EXAMPLE))["initiative"]
    d = dict(schemaVersion=1, **d)
    people = d["participants"]
    written = len(json.dumps(d, indent=2))
    extra = []
    i = 0
    while written < size:
        m = copy.deepcopy(people[i % len(people)])
        m["id"] = "copy-%07d" % i
        extra.append(m)
        written += len(json.dumps(m, indent=2)) + 2
        i += 1
    d["participants"] = people + extra
    return json.dumps(d, indent=2)


def sized(make, size, compact):
    """A document of make's kind between 97 % and 100 % of size bytes, compact or indented."""
    scale = 1.0
    while True:
        text = make(int(size * scale))
        if compact:
            text = json.dumps(json.loads(text), separators=(",", ":"))
        if size * 0.97 <= len(text) <= size:
            return text
        scale *= size * 0.985 / len(text)


def command(kind, path, heap_mib):
    java = ["java", "-Xmx%dm" % heap_mib, "-cp", classpath()]
    if kind.startswith("evaluation"):
        return java + ["org.coproduction.examples.Evaluate", path, "--format", "json",
                       "--output", os.devnull]
    return java + [os.path.join(ROOT, "tools/ReadDocument.java"),
                   "org.coproduction.core.initiative.Initiative", path]


def succeeds(kind, path, heap_mib):
    run = subprocess.run(command(kind, path, heap_mib), capture_output=True, text=True)
    return run.returncode == 0


def smallest_heap(kind, path, low, high):
    """Bisects for the smallest heap that succeeds, knowing low fails and high succeeds."""
    while high - low > STEP:
        mid = (low + high) // 2
        if succeeds(kind, path, mid):
            high = mid
        else:
            low = mid
    return high


def main():
    kind = sys.argv[1]
    sizes = [float(s) for s in sys.argv[2:]]
    shape = evaluation if kind.startswith("evaluation") else initiative
    compact = kind.endswith("-compact")
    make = lambda size: sized(shape, size, compact)
    with tempfile.TemporaryDirectory() as folder:
        for mib in sizes:
            path = os.path.join(folder, "%s-%s.json" % (kind, mib))
            with open(path, "w") as f:
                f.write(make(int(mib * 1024 * 1024)))
            size = os.path.getsize(path)
            heap = smallest_heap(kind, path, 8, 2048)
            print("%s %d bytes: smallest heap %d MiB, %.1f bytes of heap per byte"
                  % (kind, size, heap, heap * 1024 * 1024 / size), flush=True)


if __name__ == "__main__":
    main()

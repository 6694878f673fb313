#!/usr/bin/env python3
"""Generates a large corpus of curricula for benchmarks/check.sh.

Usage: generate_corpus.py OUTPUT_DIR [CURRICULA] [EXERCISES_PER_CURRICULUM]

Each curriculum has a manifest, four module files (topics A-E, levels 1-2) and an annex catalogue,
written in the format of docs/format.md. The prose is realistic Dutch: sentences and titles sampled
from the shipped IGMA Femina curriculum (curriculum/igma-femina), recombined with a fixed seed, so
the corpus is the same on every run. Every exercise has goals, a duration, timed procedure steps that
fit it, feedback, annex references that resolve and a cross-reference, so `curriculum check` reports
nothing and the benchmark measures the full rule set on clean input.
"""
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHIPPED = os.path.join(ROOT, "curriculum", "igma-femina")


def harvest():
    """Sentences and titles from the shipped curriculum."""
    sentences, titles = [], []
    for name in sorted(os.listdir(SHIPPED)):
        if not name.startswith("module-"):
            continue
        text = open(os.path.join(SHIPPED, name), encoding="utf-8").read()
        text = re.sub(r"<!--.*?-->", "", text, flags=re.S)
        for line in text.split("\n"):
            m = re.match(r"^#{3,4} \d\.[A-Z](?:\.\d+)+ (.+)$", line)
            if m:
                titles.append(m.group(1).strip())
                continue
            line = line.strip().lstrip("-*0123456789.) ").strip()
            if line.startswith("#") or ":" in line[:25] or len(line) < 40 or "bijlage" in line.lower() or "annex" in line.lower():
                continue
            if re.search(r"\d\.[A-Z]\.\d", line) or "(" in line:
                continue
            # A colon could put a label-like `woord:` at the start of a wrapped line.
            sentences.append(line.replace(":", ",").rstrip(".") + ".")
    return sentences, titles


def curriculum(rng, number, exercises, sentences, titles):
    files = {}
    modules = 4
    per_module = exercises // modules
    catalogue = []
    all_ids = []
    plan = []  # (module, topic, level, count)
    for m in range(1, modules + 1):
        remaining = per_module
        for t_index, topic in enumerate("ABCDE"):
            for level in (1, 2):
                slots_left = (5 - t_index) * 2 - (level - 1)
                count = max(1, round(remaining / slots_left))
                remaining -= count
                plan.append((m, topic, level, count))
                all_ids += [f"{m}.{topic}.{level}.{k}" for k in range(1, count + 1)]

    def para(n):
        return " ".join(rng.choice(sentences) for _ in range(n))

    def wrap(text, width=96):
        words, lines, line = text.split(), [], ""
        for w in words:
            if line and len(line) + 1 + len(w) > width:
                lines.append(line)
                line = w
            else:
                line = f"{line} {w}" if line else w
        if line:
            lines.append(line)
        return "\n".join(lines)

    for m in range(1, modules + 1):
        out = [f"# Module {m}: {rng.choice(titles)}", "", wrap(para(6)), "", wrap(para(5)), "", "Doelen:"]
        out += [f"- {rng.choice(sentences)}" for _ in range(3)]
        out.append("")
        for topic in "ABCDE":
            out += [f"## {m}.{topic} {rng.choice(titles)}", "", wrap(para(4)), ""]
            for (pm, pt, level, count) in plan:
                if pm != m or pt != topic:
                    continue
                goals = [rng.choice(sentences) for _ in range(count)]
                out += [f"### Niveau {level}", "", wrap(para(2)), "", "Doelen:"]
                out += [f"- {g}" for g in goals]
                out.append("")
                for k in range(1, count + 1):
                    ex = f"{m}.{topic}.{level}.{k}"
                    duration = rng.choice([45, 60, 90, 120])
                    steps = [duration // 4, duration // 4, duration // 3]
                    other = rng.choice([i for i in all_ids if i != ex])
                    out += [f"#### {ex} {rng.choice(titles)}", "", wrap(para(3)), "", "Leerdoelen:",
                            f"- {goals[k - 1]}", f"- {rng.choice(sentences)}", "",
                            f"Duur: {duration} min", "", "Procedure:"]
                    for s, minutes in enumerate(steps, 1):
                        out.append(f"{s}. " + wrap(para(2), 93).replace("\n", "\n   ") + f" ({minutes}')")
                    out += [f"{len(steps) + 1}. Zie oefening {other} voor de uitwerking. " + rng.choice(sentences), "",
                            "Feedback: " + wrap(para(2)), "", "Ondersteunend materiaal:"]
                    for a in (1, 2):
                        title = rng.choice(titles)
                        catalogue.append(f"- {ex} bijlage {a}: {title}")
                        out.append(f"- {ex} bijlage {a}: {title}")
                    out += ["", "Materiaal: flip-over, stiften, post-its", ""]
        files[f"module-{m}.md"] = "\n".join(out)
    manifest = [f"# Benchmarkcurriculum {number}", "", "Taal: nl", "", "Beschrijving:", wrap(para(4)), "",
                "Niveaus:", "- 1: Kennis", "- 2: Praktijk", "", "Dagindeling: 09:00-16:30", "", "Modules:"]
    manifest += [f"- module-{m}.md" for m in range(1, modules + 1)]
    manifest += ["", "Bijlagen: annexes.md", ""]
    files["curriculum.md"] = "\n".join(manifest)
    files["annexes.md"] = "\n".join(["# Bijlagen", "", "Locatie: op het leerplatform van de cursus.", ""] + catalogue + [""])
    return files


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    target = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    exercises = int(sys.argv[3]) if len(sys.argv) > 3 else 100
    rng = random.Random(20261123)
    sentences, titles = harvest()
    total = 0
    for n in range(1, count + 1):
        folder = os.path.join(target, f"curriculum-{n:03d}")
        os.makedirs(folder, exist_ok=True)
        for name, text in curriculum(rng, n, exercises, sentences, titles).items():
            data = text.encode("utf-8")
            total += len(data)
            with open(os.path.join(folder, name), "wb") as handle:
                handle.write(data)
    print(f"{count} curricula, {count * exercises} exercises, {total / 1e6:.1f} MB in {target}")


if __name__ == "__main__":
    main()

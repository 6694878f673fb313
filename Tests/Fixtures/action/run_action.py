"""Runs a composite action's steps the way a GitHub runner does, for ActionTests.

usage: run_action.py ACTION_DIR WORKSPACE INPUTS_JSON

Checks the file's structure (name, description, inputs with descriptions and defaults, a
composite run whose steps all name a shell, use only `${{ }}` expressions it knows, and put no
expression inside a script), then runs each step with `bash --noprofile --norc -eo pipefail FILE`
in WORKSPACE with the variables GitHub sets (GITHUB_ACTIONS, GITHUB_WORKSPACE, GITHUB_OUTPUT,
GITHUB_ACTION_PATH, RUNNER_TEMP, ...), evaluating `env:` and `if:` expressions from the inputs, the
action path and earlier steps' outputs. A failing step stops the run, as on GitHub. Prints each
step's output, then `exit STATUS`, and exits with the last step's status.
"""
import json, os, re, subprocess, sys, tempfile
import yaml

action_dir, workspace, given = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
action = yaml.safe_load(open(os.path.join(action_dir, "action.yml")))

assert isinstance(action.get("name"), str) and isinstance(action.get("description"), str), "name, description"
inputs = action["inputs"]
for name, spec in inputs.items():
    assert isinstance(spec.get("description"), str), f"input {name} has no description"
    assert "default" in spec or spec.get("required"), f"input {name} has no default"
for name in given:
    assert name in inputs, f"unknown input {name}"
runs = action["runs"]
assert runs["using"] == "composite", runs["using"]

values = {name: str(spec.get("default", "")) for name, spec in inputs.items()}
values.update({k: str(v) for k, v in given.items()})
outputs = {}
EXPRESSION = re.compile(r"\$\{\{\s*(.*?)\s*\}\}")


def evaluate(text):
    if text.startswith("inputs."):
        return values[text[len("inputs."):]]
    if text == "github.action_path":
        return action_dir
    match = re.fullmatch(r"steps\.([\w-]+)\.outputs\.([\w-]+)", text)
    if match:
        return outputs.get(match.group(1), {}).get(match.group(2), "")
    raise AssertionError(f"expression this runner does not know: {text}")


def condition(text):
    match = re.fullmatch(r"inputs\.([\w-]+) != ''", text.strip())
    assert match, f"if: this runner does not know: {text}"
    return evaluate("inputs." + match.group(1)) != ""


for name, output in action.get("outputs", {}).items():
    assert isinstance(output.get("description"), str), f"output {name} has no description"

temp = tempfile.mkdtemp()
base = dict(os.environ)
base.update({
    "CI": "true", "GITHUB_ACTIONS": "true", "GITHUB_WORKSPACE": workspace, "GITHUB_ACTION_PATH": action_dir,
    "GITHUB_REPOSITORY": "example/curricula", "GITHUB_SHA": "0" * 40, "GITHUB_REF": "refs/pull/1/merge",
    "GITHUB_EVENT_NAME": "pull_request", "RUNNER_OS": "Linux", "RUNNER_TEMP": temp,
    "GITHUB_ENV": os.path.join(temp, "env"), "GITHUB_PATH": os.path.join(temp, "path"),
    "GITHUB_STEP_SUMMARY": os.path.join(temp, "summary"),
})
status = 0
for index, step in enumerate(runs["steps"]):
    assert "run" in step and step.get("shell") == "bash", f"step {index} must be a bash run step"
    assert "${{" not in step["run"], f"step {step.get('id')}: expressions belong in env:, not in the script"
    if "if" in step and not condition(step["if"]):
        continue
    env = dict(base)
    for key, value in step.get("env", {}).items():
        env[key] = EXPRESSION.sub(lambda m: evaluate(m.group(1)), str(value))
    output_file = os.path.join(temp, f"output-{index}")
    open(output_file, "w").close()
    env["GITHUB_OUTPUT"] = output_file
    script = os.path.join(temp, f"step-{index}.sh")
    open(script, "w").write(step["run"])
    result = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", script], cwd=workspace, env=env,
                            capture_output=True, text=True)
    sys.stdout.write(f"--- step {step.get('id')} stdout\n{result.stdout}--- step {step.get('id')} stderr\n{result.stderr}")
    if "id" in step:
        pairs = [line.split("=", 1) for line in open(output_file).read().splitlines() if "=" in line]
        outputs[step["id"]] = dict(pairs)
    status = result.returncode
    if status != 0:
        break
print(f"exit {status}")
sys.exit(status)

#!/usr/bin/env python3
"""Validates a SARIF log against the SARIF 2.1.0 JSON schema, then checks what GitHub code
scanning needs beyond it: one run, a tool.driver with a name and rules (id, descriptions, help),
results whose ruleId names a rule, a level, a message, and a physical location with a URI and
a 1-based region.
    checksarif.py SCHEMA LOG [--expect-relative URI] [--expect-levels a,b,c]"""

import argparse
import json
import sys

import jsonschema


def fail(message):
    print("checksarif: " + message, file=sys.stderr)
    sys.exit(1)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("schema")
    parser.add_argument("log")
    parser.add_argument("--expect-relative", default=None)
    parser.add_argument("--expect-levels", default=None)
    args = parser.parse_args()

    with open(args.schema, encoding="utf-8") as f:
        schema = json.load(f)
    with open(args.log, encoding="utf-8") as f:
        log = json.load(f)

    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    validator = validator_class(schema, format_checker=jsonschema.FormatChecker())
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.absolute_path))
    for error in errors[:20]:
        path = "/".join(str(p) for p in error.absolute_path)
        print(f"checksarif: schema: at /{path}: {error.message}", file=sys.stderr)
    if errors:
        fail(f"{len(errors)} schema violations in {args.log}")

    if log.get("version") != "2.1.0" or len(log.get("runs", [])) != 1:
        fail("expected version 2.1.0 and one run")
    run = log["runs"][0]
    driver = run["tool"]["driver"]
    if driver.get("name") != "netpol":
        fail("tool.driver.name is not netpol")
    rules = driver.get("rules", [])
    if len(rules) < 40:
        fail(f"only {len(rules)} rules: the diagnostics page was not read")
    ids = [r["id"] for r in rules]
    if len(set(ids)) != len(ids):
        fail("rule ids repeat")
    for rule in rules:
        for key in ("shortDescription", "fullDescription", "help"):
            if not rule.get(key, {}).get("text"):
                fail(f"rule {rule['id']} has no {key}.text")
        if rule["defaultConfiguration"]["level"] not in ("error", "warning", "note"):
            fail(f"rule {rule['id']} has a level SARIF does not know")
    levels = set()
    relative = set()
    for result in run["results"]:
        rule_id = result["ruleId"]
        if rule_id not in ids or ids[result["ruleIndex"]] != rule_id:
            fail(f"result names rule {rule_id} that the driver does not list at its index")
        levels.add(result["level"])
        if not result["message"]["text"]:
            fail("a result without a message")
        for location in result.get("locations", []):
            physical = location.get("physicalLocation")
            if not physical:
                continue
            artifact = physical["artifactLocation"]
            if artifact.get("uriBaseId") == "%SRCROOT%":
                relative.add(artifact["uri"])
                if artifact["uri"].startswith("/") or ":" in artifact["uri"]:
                    fail(f"relative uri {artifact['uri']} is not relative")
            elif not artifact["uri"].startswith("file:///"):
                fail(f"uri {artifact['uri']} is neither relative nor a file: URI")
            region = physical.get("region")
            if not region or region.get("startLine", 0) < 1:
                fail("a physical location without a region from line 1 on (GitHub needs it)")
    if args.expect_relative and args.expect_relative not in relative:
        fail(f"no result in {args.expect_relative} (relative: {sorted(relative)})")
    if args.expect_levels:
        wanted = set(args.expect_levels.split(","))
        if not wanted <= levels:
            fail(f"levels {sorted(levels)} lack {sorted(wanted - levels)}")
    print(f"checksarif: {args.log}: valid SARIF 2.1.0, {len(rules)} rules, "
          f"{len(run['results'])} results")


if __name__ == "__main__":
    main()

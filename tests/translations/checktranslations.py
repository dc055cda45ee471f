#!/usr/bin/env python3
"""Checks that the designer's catalogues are complete: runs lupdate on the sources (app/designer
and views/) into temporary copies of translations/*.ts and fails, naming each string, when a
string of the sources is missing from a catalogue or unfinished there, when the catalogue holds
a string the sources no longer have (vanished or obsolete), or when a translation drops or adds
a placeholder (%1, %n) or an accelerator (&). The English catalogue holds only plural forms
(lupdate -pluralonly): there every plural entry must be finished.
    checktranslations.py LUPDATE SOURCE_ROOT WORK_DIR"""

import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

TRANSLATED = ("de", "fr")
PLURAL_ONLY = ("en",)
PLACEHOLDER = re.compile(r"%(?:\d+|n)")
ACCELERATOR = re.compile(r"&(?!&)(?=\w)")


def run_lupdate(lupdate, root, ts, plural_only):
    command = [lupdate, "-locations", "none", "-I", root,
               os.path.join(root, "app", "designer"), os.path.join(root, "views"), "-ts", ts]
    if plural_only:
        command.insert(1, "-pluralonly")
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit("lupdate failed on %s:\n%s%s" % (ts, result.stdout, result.stderr))


def texts(message):
    translation = message.find("translation")
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


def describe(context, message):
    comment = message.find("comment")
    note = " (%s)" % comment.text if comment is not None else ""
    return '%s: "%s"%s' % (context, message.find("source").text, note)


def check(path, plural_only):
    problems = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.find("name").text
        for message in context.iter("message"):
            source = message.find("source").text or ""
            state = message.find("translation").get("type")
            forms = texts(message)
            where = describe(name, message)
            if state in ("vanished", "obsolete"):
                problems.append("%s: no longer in the sources: %s" % (state, where))
                continue
            if plural_only and message.get("numerus") != "yes":
                continue
            if state == "unfinished" or not all(forms):
                problems.append("unfinished (missing or not translated yet): " + where)
                continue
            wanted = sorted(set(PLACEHOLDER.findall(source)))
            for form in forms:
                if sorted(set(PLACEHOLDER.findall(form))) != wanted:
                    problems.append("placeholders %s expected in %r: %s" % (wanted, form, where))
                if len(ACCELERATOR.findall(form)) != len(ACCELERATOR.findall(source)):
                    problems.append("accelerator (&) lost or added in %r: %s" % (form, where))
    return problems


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    lupdate, root, work = sys.argv[1:]
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    failures = 0
    for language in TRANSLATED + PLURAL_ONLY:
        original = os.path.join(root, "translations", "netpol-designer_%s.ts" % language)
        if not os.path.exists(original):
            print("%s is missing" % original)
            failures += 1
            continue
        copy = os.path.join(work, os.path.basename(original))
        shutil.copyfile(original, copy)
        run_lupdate(lupdate, root, copy, language in PLURAL_ONLY)
        problems = check(copy, language in PLURAL_ONLY)
        for problem in problems:
            print("%s: %s" % (os.path.basename(original), problem))
        failures += len(problems)
    if failures:
        print("\n%d problem(s). Refresh the catalogues as translations/README.md says, then "
              "translate what is unfinished." % failures)
        return 1
    print("The catalogues %s are complete." % ", ".join(TRANSLATED + PLURAL_ONLY))
    return 0


if __name__ == "__main__":
    sys.exit(main())

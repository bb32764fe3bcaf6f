"""schemathesis against the live test server: no 5xx, every answer as /api/v1/schema says.

The schema is generated from the endpoints' declarations (mapapp.api.schema); schemathesis reads
it over HTTP like any client, generates valid and invalid queries for every operation, and runs
its checks (no server error, documented status code, content type, headers and body schema).
schemathesis' own pytest plugin (from_fixture) does not run under pytest 9, so each operation's
strategy is driven by Hypothesis here.
"""

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from tests.browser.story import build_story

# Every other check runs. This one expects every schema-valid query to be answered 2xx, but some
# rules are not JSON Schema: an actor slug must exist in the data, from <= to, south <= north.
# Those queries answer a documented 400 naming the problem, which the other checks verify.
# Enough cases to reach every parameter's bad forms, few enough for `make test-fast`.
EXAMPLES = 40
MODES = [schemathesis.GenerationMode.POSITIVE, schemathesis.GenerationMode.NEGATIVE]


def cases_run(operation, mode):
    """Run the operation's generated cases against the server; how many ran."""
    ran = []

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    def conforms(case):
        case.call_and_validate(excluded_checks=[positive_data_acceptance])
        ran.append(case)

    conforms()
    return len(ran)


@pytest.mark.parametrize("mode", MODES, ids=lambda mode: mode.value)
def test_every_answer_conforms_to_the_schema(live_server, transactional_db, mode):
    build_story()
    schema = schemathesis.openapi.from_url(f"{live_server.url}/api/v1/schema")
    operations = [result.ok() for result in schema.get_all_operations()]
    # schemathesis leaves out the URL it read the schema from; test_schema.py covers that one.
    assert {o.path for o in operations} == set(schema.raw_schema["paths"]) - {"/api/v1/schema"}
    if mode == schemathesis.GenerationMode.NEGATIVE:
        # Nothing to get wrong in an operation without query parameters (the timeline; a place
        # history, whose only parameter is any text in the path and a 404 when unknown).
        operations = [
            o
            for o in operations
            if any(p["in"] == "query" for p in o.definition.raw.get("parameters", []))
        ]
    ran = {operation.label: cases_run(operation, mode) for operation in operations}
    print(f"schemathesis ({mode.value}): {sum(ran.values())} cases: {ran}")

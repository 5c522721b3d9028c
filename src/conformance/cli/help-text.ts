/** The text of `alb-conformance --help`, also printed for a command line without a command. */
export const commandsHelpText = `Usage: alb-conformance <command> [options]

Conformance suite of the ALB 2020-06-16 listener-certificate API.

Commands:
  run        Runs the conformance clauses against a target and writes reports.
  fixtures   Generates, records, compares and scans the recorded exchanges of each clause.

Run alb-conformance <command> --help for the options of a command.
`;

/** The text of `alb-conformance run --help`. */
export const helpText = `Usage: alb-conformance run [options]

Runs the numbered conformance clauses of the ALB 2020-06-16 listener-certificate API against a
target and writes reports. Without --endpoint, --region or a configured target, the clauses run
against an embedded emulator started on 127.0.0.1 with a free port.

Options:
  --endpoint URL     Base URL of the implementation under test, e.g. http://127.0.0.1:8080.
                     Without --config, the emulator's default seed resources and access key pair
                     are used, unless ALIBABA_CLOUD_ACCESS_KEY_ID / _SECRET are set.
  --region ID        Run against the real Alibaba Cloud service in this region, e.g. cn-hangzhou.
                     Credentials come from ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET
                     and ALIBABA_CLOUD_SECURITY_TOKEN, or from the configuration file.
  --config FILE      Target configuration (YAML or JSON): endpoint or region, credentials by
                     environment variable name, listener and certificate ids by role, polling
                     deadline and interval, tiers, allowCostly, allowDestructive.
  --clause ID        Run only this clause, e.g. ACWL-ERR-001. Repeat the option or give a
                     comma-separated list to run several.
  --tier LIST        Comma-separated tiers to run: core, strict, extended (default: all three,
                     or the configuration's tiers).
  --report-dir DIR   Directory for report.json, junit.xml, report.html and coverage.md
                     (default: reports).
  --shard I/N        Run only the I-th of N equal parts of the suite files, e.g. 2/4, to spread
                     a run over several CI jobs.
  --seed N           fast-check seed of the property and model-based clauses (default: random,
                     printed in the report).
  --path P           Replay one counterexample: the path a failed property printed, with its
                     --seed and its one --clause.
  --num-runs N       Cases per property clause (default: each clause's own, or the
                     configuration's properties.numRuns).
  -h, --help         Show this help.

Exit status: 0 when every selected clause passed or was skipped, 1 when any clause failed,
2 for a usage or configuration error or a failed pre-flight check of the target.

Fixtures (recorded exchanges per clause): alb-conformance fixtures --help
`;

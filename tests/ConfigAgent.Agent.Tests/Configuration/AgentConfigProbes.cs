using System.Text.Json.Nodes;
using ConfigAgent.Testing;

namespace ConfigAgent.Agent.Tests.Configuration;

/// <summary>
/// Generated agent configurations, one value under test each: every duration key at the edges of
/// its range, git URLs and branches with every character, paths, names, numbers, words and shapes.
/// </summary>
internal static class AgentConfigProbes
{
    private static readonly string[] Durations =
    [
        "0s", "1s", "999ms", "1000ms", "0001s", "30s", "86400s", "86401s", "86400000ms", "86400001ms", "1440m", "1441m", "24h", "25h", "0024h",
        "10s", "11s", "10000ms", "10001ms", "0m", "1m", "0h", "1h", "00ms", "30", "30S", "1.5s", "-1s", "+1s", " 1s", "1s ", "", "ms", "s", "1d", "1h30m",
        "99999999999999999999s", "9223372036854775807ms", "٣s",
    ];

    private static readonly string[] GitUrls =
    [
        "https://git.example.com/net.git", "http://git.example.com/net.git", "ssh://git@git.example.com/net.git", "git://git.example.com/net.git",
        "file:///srv/git/net.git", "/srv/git/net.git", "/", "git@git.example.com:net.git", "deploy_1@10.0.0.1:net", "git@git.example.com:", "@host:x",
        "git@:x", "git@-host:x", "-git@host:x", "host:net.git", "ext::sh -c reboot", "fd::17", "ftp://git.example.com/net.git", "HTTPS://git.example.com/x",
        "https://", "https://-x", "ssh://-oProxyCommand=x/y", "https://git.example.com/a b", "relative/net.git", "./net.git", "", "--upload-pack=x",
    ];

    private static readonly string[] Branches =
    [
        "main", "release/2026-12", "v1.2", "a_b", "-main", "a..b", "a//b", ".hidden", "a/.hidden", "a/", "a.", "main.lock", "a.lock/b", "@", "a@{1}",
        "a b", "a~1", "a^", "a:b", "a*", "a?", "a[", "a\\b", "", "/a", "a/b/c", "0", "é",
    ];

    private static readonly string[] AbsolutePaths =
    [
        "/", "/etc", "/etc/configagent/desired", "etc", "", "/a/../b", "/a/..", "/..", "/a/..b", "/a/b..", "/a/./b", "//a", "/a\tb", "/é", "/a\u2028/../b", "~/x",
    ];

    private static readonly string[] RepositoryPaths = [".", "", "hosts", "hosts/web", "/hosts", "../x", "a/..", "a/../b", "a/..b", "..", "a\u2028/../b"];

    private static readonly string[] Levels =
    [
        "verbose", "debug", "information", "warning", "error", "fatal", "Information", "INFORMATION", "WaRnInG", "info", "warn", "trace", "",
        "İnformation", "ınformation", "debug ",
    ];

    private static readonly JsonNode?[] NonStrings = [.. ProbeValues.NonStrings(), JsonValue.Create(30), JsonValue.Create(1e3)];

    public static IEnumerable<SchemaProbe> All() =>
        DurationProbes().Concat(GitProbes()).Concat(PathProbes()).Concat(NameProbes()).Concat(NumberProbes()).Concat(ShapeProbes());

    /// <summary>A probe: the least valid configuration with <paramref name="value"/> placed by <paramref name="place"/>.</summary>
    private static SchemaProbe Probe(string family, JsonNode? value, Action<JsonObject, JsonNode?> place)
    {
        var document = new JsonObject { ["version"] = 1, ["desired_state"] = new JsonObject { ["paths"] = new JsonArray("/etc/configagent/desired") } };
        place(document, value?.DeepClone());
        return new SchemaProbe(family, value?.ToJsonString() ?? "null", document);
    }

    private static IEnumerable<JsonNode?> Strings(IEnumerable<string> values) => values.Select(ProbeValues.Node).Concat(NonStrings);

    private static IEnumerable<SchemaProbe> DurationProbes()
    {
        (string Family, Action<JsonObject, JsonNode?> Place)[] keys =
        [
            ("schedule.interval", (d, v) => d["schedule"] = new JsonObject { ["interval"] = v }),
            ("schedule.splay", (d, v) => d["schedule"] = new JsonObject { ["splay"] = v }),
            ("events.debounce", (d, v) => d["events"] = new JsonObject { ["debounce"] = v }),
            ("lock_timeout", (d, v) => d["lock_timeout"] = v),
            ("run_timeout", (d, v) => d["run_timeout"] = v),
            ("announce_interval", (d, v) => d["announce_interval"] = v),
        ];
        return keys.SelectMany(key => Strings(Durations).Select(value => Probe(key.Family, value, key.Place)));
    }

    private static IEnumerable<SchemaProbe> GitProbes()
    {
        static JsonObject Git(JsonObject document, JsonObject git)
        {
            document["desired_state"] = new JsonObject { ["git"] = git };
            return document;
        }

        var urls = Strings(GitUrls).Concat(ProbeValues.Sweep(c => $"https://git.example.com/n{c}t.git").Select(ProbeValues.Node));
        var branches = Strings(Branches).Concat(ProbeValues.Sweep(c => $"re{c}lease").Select(ProbeValues.Node));
        return urls.Select(v => Probe("desired_state.git.url", v, (d, value) => Git(d, new JsonObject { ["url"] = value })))
            .Concat(branches.Select(v => Probe("desired_state.git.branch", v, (d, value) => Git(d, new JsonObject { ["url"] = "https://git.example.com/net.git", ["branch"] = value }))))
            .Concat(Strings(RepositoryPaths).Select(v => Probe("desired_state.git.path", v, (d, value) => Git(d, new JsonObject { ["url"] = "https://git.example.com/net.git", ["path"] = value }))));
    }

    private static IEnumerable<SchemaProbe> PathProbes()
    {
        var paths = Strings(AbsolutePaths).Concat(ProbeValues.Sweep(c => $"/var/lib/conf{c}agent").Select(ProbeValues.Node)).ToList();
        return paths.Select(v => Probe("state_directory", v, (d, value) => d["state_directory"] = value))
            .Concat(Strings(AbsolutePaths).Select(v => Probe("desired_state.paths", v, (d, value) => d["desired_state"] = new JsonObject { ["paths"] = new JsonArray(value) })))
            .Concat(Strings(AbsolutePaths).Select(v => Probe("logging.file", v, (d, value) => d["logging"] = new JsonObject { ["file"] = value })))
            .Concat(Strings([.. AbsolutePaths, "/x.prom", "/.prom", "/a/.prom", "/a/b.prom.tmp", "/a/b.PROM", "/a/..prom"])
                .Select(v => Probe("metrics.textfile", v, (d, value) => d["metrics"] = new JsonObject { ["textfile"] = value })));
    }

    private static IEnumerable<SchemaProbe> NameProbes()
    {
        string[] hostnames = ["web-01", "web_01.fra1", "", new string('a', 253), new string('a', 254), "web 01", "wéb", "-web", "web."];
        return Strings(hostnames).Concat(ProbeValues.Sweep(c => $"we{c}b").Select(ProbeValues.Node))
                .Select(v => Probe("host.hostname", v, (d, value) => d["host"] = new JsonObject { ["hostname"] = value }))
            .Concat(Strings(Levels).Select(v => Probe("logging.level", v, (d, value) => d["logging"] = new JsonObject { ["level"] = value })))
            .Concat(Strings(["enforce", "audit", "Enforce", "AUDIT", "", "repair"]).Select(v => Probe("mode", v, (d, value) => d["mode"] = value)))
            .Concat(Strings(["text", "json", "Text", "JSON", "logfmt", ""]).Select(v => Probe("logging.format", v, (d, value) => d["logging"] = new JsonObject { ["format"] = value })))
            .Concat(Strings(["0 */5 * * * ?", ""]).Select(v => Probe("schedule.cron", v, (d, value) => d["schedule"] = new JsonObject { ["cron"] = value })));
    }

    private static IEnumerable<SchemaProbe> NumberProbes()
    {
        JsonNode?[] numbers =
        [
            .. new[] { -1, 0, 1, 2, 7, 364, 365, 366, 9999, 10000, 10001 }.Select(n => JsonValue.Create(n)),
            JsonValue.Create(1.5), JsonValue.Create(2147483648L), JsonValue.Create("5"), JsonValue.Create(true), null, new JsonArray(), new JsonObject(),
        ];
        foreach (var number in numbers)
        {
            yield return Probe("version", number, (d, value) => d["version"] = value);
            yield return Probe("reports.keep", number, (d, value) => d["reports"] = new JsonObject { ["keep"] = value });
            yield return Probe("logging.retained_files", number, (d, value) => d["logging"] = new JsonObject { ["retained_files"] = value });
            yield return Probe("events.addresses", number, (d, value) => d["events"] = new JsonObject { ["addresses"] = value });
            yield return Probe("allow_mass_removal", number, (d, value) => d["allow_mass_removal"] = value);
        }

        yield return Probe("allow_mass_removal", JsonValue.Create(true), (d, value) => d["allow_mass_removal"] = value);
        yield return Probe("allow_mass_removal", JsonValue.Create("yes"), (d, value) => d["allow_mass_removal"] = value);

        yield return Probe("events.addresses", JsonValue.Create(false), (d, value) => d["events"] = new JsonObject { ["addresses"] = value });
        yield return Probe("events.addresses", JsonValue.Create("true"), (d, value) => d["events"] = new JsonObject { ["addresses"] = value });
    }

    private static IEnumerable<SchemaProbe> ShapeProbes()
    {
        (string Family, Action<JsonObject, JsonNode?> Place)[] sections =
        [
            ("desired_state", (d, v) => d["desired_state"] = v),
            ("desired_state.git", (d, v) => d["desired_state"] = new JsonObject { ["git"] = v }),
            ("schedule", (d, v) => d["schedule"] = v),
            ("events", (d, v) => d["events"] = v),
            ("host", (d, v) => d["host"] = v),
            ("host.labels", (d, v) => d["host"] = new JsonObject { ["labels"] = v }),
            ("logging", (d, v) => d["logging"] = v),
            ("reports", (d, v) => d["reports"] = v),
            ("metrics", (d, v) => d["metrics"] = v),
            ("an unknown key", (d, v) => d["bogus"] = v),
        ];
        JsonNode?[] values =
        [
            .. ProbeValues.NonStrings(), JsonValue.Create("x"), new JsonObject { ["bogus"] = 1 }, new JsonArray(new JsonObject()),
            new JsonObject { ["role"] = "web", ["-x"] = "y" }, new JsonObject { ["role"] = new JsonArray() }, new JsonObject { ["url"] = "/srv/git/net.git" },
            new JsonObject { ["paths"] = new JsonArray("/etc/x"), ["git"] = new JsonObject { ["url"] = "/srv/git/net.git" } },
            new JsonObject { ["interval"] = "30s", ["cron"] = "0 * * * * ?" },
        ];
        return sections.SelectMany(section => values.Select(value => Probe("section " + section.Family, value, section.Place)));
    }
}

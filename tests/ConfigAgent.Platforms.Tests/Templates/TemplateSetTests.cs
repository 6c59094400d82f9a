using System.Net;
using ConfigAgent.Documents;
using ConfigAgent.Platforms.Templates;

namespace ConfigAgent.Platforms.Tests.Templates;

public sealed class TemplateSetTests : IDisposable
{
    private readonly string _overrides = Directory.CreateTempSubdirectory("configagent-templates-").FullName;

    public void Dispose() => Directory.Delete(_overrides, recursive: true);

    private static readonly (string Name, string Value)[] Forwarding = [("net.ipv4.ip_forward", "1")];

    private void Override(string file, string text)
    {
        Directory.CreateDirectory(Path.Combine(_overrides, "linux"));
        File.WriteAllText(Path.Combine(_overrides, "linux", file), text);
    }

    [Fact]
    public void Every_embedded_template_parses()
    {
        var templates = new TemplateSet();

        var embedded = TemplateSet.Embedded.Order(StringComparer.Ordinal).ToList();
        foreach (var template in embedded)
        {
            templates.Prepare(template);
        }

        Assert.Equal(
            ["aix/rc.net-block", "aix/rc2-script", "linux/addresses.batch", "linux/addresses.service", "linux/ifcfg-alias", "linux/nm-loopback", "linux/sysctl-block", "linux/sysctl.d"],
            embedded);
    }

    [Fact]
    public void An_override_replaces_the_embedded_template()
    {
        Override("sysctl.d.sbn", "# site header\n{{~ for s in sysctls ~}}\n{{ s.name }}={{ s.value }}\n{{~ end ~}}\n");

        var content = SysctlTemplate.Render(new TemplateSet(_overrides), SysctlTemplate.DropIn, Forwarding);

        Assert.Equal("# site header\nnet.ipv4.ip_forward=1\n", content);
    }

    [Fact]
    public void Values_are_written_as_they_are_with_nothing_escaped()
    {
        // Handlebars escaped HTML unless told not to; Scriban does not, and must not start to.
        const string Value = "<a href=\"x\">&amp; 'y' `z` $HOME \\";

        var content = SysctlTemplate.Render(new TemplateSet(), SysctlTemplate.Block, [("kernel.x", Value)]);

        Assert.Equal($"kernel.x = {Value}\n", content);
    }

    [Fact]
    public void A_batch_of_many_addresses_is_written_whole()
    {
        // Scriban stops a loop after 1,000 iterations and cuts its output at 1 MiB by default.
        var addresses = Enumerable.Range(0, 30_000)
            .Select(i => ("lo", new InterfaceAddress(IPAddress.Parse($"10.0.{i >> 8}.{i & 255}"), 32), (string?)$"lo:{i}"))
            .ToList();

        var batch = AddressBatchTemplate.Render(new TemplateSet(), addresses.Select(a => (a.Item1, a.Item2, a.Item3)));

        var lines = batch.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal((30_001, "address replace 10.0.117.47/32 dev lo label lo:29999"), (lines.Length, lines[^1]));
        Assert.True(batch.Length > 1 << 20);
    }

    [Fact]
    public void A_handlebars_override_is_refused_with_the_scriban_file_to_write_instead()
    {
        Override("sysctl.d.hbs", "{{#each sysctls}}\n{{name}}={{value}}\n{{/each}}\n");

        var problem = Assert.Throws<TemplateException>(() => SysctlTemplate.Render(new TemplateSet(_overrides), SysctlTemplate.DropIn, Forwarding));

        Assert.Equal("linux/sysctl.d", problem.Template);
        Assert.StartsWith($"{_overrides}/linux/sysctl.d.hbs: this is a Handlebars template, which ConfigAgent no longer reads: templates are Scriban now. Rewrite it as {_overrides}/linux/sysctl.d.sbn (", problem.Message);
    }

    [Fact]
    public void A_scriban_override_beside_an_old_handlebars_file_is_the_one_read()
    {
        Override("sysctl.d.hbs", "{{#each sysctls}}\n{{name}}={{value}}\n{{/each}}\n");
        Override("sysctl.d.sbn", "{{ for s in sysctls }}{{ s.name }}:{{ s.value }}{{ end }}\n");

        var content = SysctlTemplate.Render(new TemplateSet(_overrides), SysctlTemplate.DropIn, Forwarding);

        Assert.Equal("net.ipv4.ip_forward:1\n", content);
    }

    [Fact]
    public void An_override_that_does_not_parse_is_refused_at_its_line_and_column()
    {
        Override("sysctl.d.sbn", "# site header\n{{ for s in }}\n{{ end }}\n");

        var problem = Assert.Throws<TemplateException>(() => SysctlTemplate.Render(new TemplateSet(_overrides), SysctlTemplate.DropIn, Forwarding));

        Assert.StartsWith($"{_overrides}/linux/sysctl.d.sbn:2:13: Error while parsing for statement", problem.Message);
    }

    [Fact]
    public void A_value_an_override_misspells_is_an_error_not_an_empty_line()
    {
        Override("sysctl.d.sbn", "{{ for s in sysctls }}\n{{ s.nme }} = {{ s.value }}\n{{ end }}");

        var problem = Assert.Throws<TemplateException>(() => SysctlTemplate.Render(new TemplateSet(_overrides), SysctlTemplate.DropIn, Forwarding));

        Assert.Equal($"{_overrides}/linux/sysctl.d.sbn:2:6: Cannot get member with name nme.", problem.Message);
    }

    [Fact]
    public void An_override_may_use_scribans_function_library()
    {
        Override("sysctl.d.sbn", "{{ for s in sysctls }}{{ s.name | string.upcase }}={{ s.value | string.pad_left 3 }}\n{{ end }}");

        var content = SysctlTemplate.Render(new TemplateSet(_overrides), SysctlTemplate.DropIn, Forwarding);

        Assert.Equal("NET.IPV4.IP_FORWARD=  1\n", content);
    }

    [Fact]
    public void A_template_cannot_print_the_time_that_would_change_the_artefact_on_every_run()
    {
        Override("sysctl.d.sbn", "# written {{ date.now }}\n");

        var problem = Assert.Throws<TemplateException>(() => SysctlTemplate.Render(new TemplateSet(_overrides), SysctlTemplate.DropIn, Forwarding));

        Assert.Equal($"{_overrides}/linux/sysctl.d.sbn:1:14: The variable or function `date` was not found", problem.Message);
    }

    [Fact]
    public void An_override_that_cannot_be_read_is_refused_with_its_path()
    {
        // A directory where the file should be: unreadable as a file for root too.
        Directory.CreateDirectory(Path.Combine(_overrides, "linux", "sysctl.d.sbn"));

        var problem = Assert.Throws<TemplateException>(() => SysctlTemplate.Render(new TemplateSet(_overrides), SysctlTemplate.DropIn, Forwarding));

        Assert.StartsWith($"{_overrides}/linux/sysctl.d.sbn: the template cannot be read: ", problem.Message);
    }

    [Fact]
    public void A_fixed_override_is_read_again_after_a_failure()
    {
        var templates = new TemplateSet(_overrides);
        Override("sysctl.d.sbn", "{{ for }}");
        Assert.Throws<TemplateException>(() => SysctlTemplate.Render(templates, SysctlTemplate.DropIn, Forwarding));

        Override("sysctl.d.sbn", "fixed\n");

        Assert.Equal("fixed\n", SysctlTemplate.Render(templates, SysctlTemplate.DropIn, Forwarding));
    }
}

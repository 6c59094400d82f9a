namespace ConfigAgent.IntegrationTests.Persistence;

/// <summary>
/// Does to a fresh host what its boot would do with the artefacts under --root, and nothing
/// else: systemd-sysctl (sysctl -p), then the addresses as initscripts' ifup, NetworkManager or
/// the systemd unit would add them. Every file is read independently of the product's code.
/// </summary>
internal static class BootReplay
{
    private static readonly string[] LoopbackDefaults = ["127.0.0.1/8", "::1/128"];

    public static void Restore(FreshHost host, BootArtefacts artefacts, PersistenceStyle style)
    {
        // systemd-sysctl.service runs before the network and the unit is ordered after it: the
        // ARP policy is in force before any VIP comes up, as the design's boot order requires.
        var sysctls = style.Sysctls switch
        {
            "sysctl.d" => ArtefactPaths.SysctlDropIn,
            "sysctl.conf" => ArtefactPaths.SysctlConf,
            _ => throw new ArgumentException($"no boot replay for sysctls: {style.Sysctls}", nameof(style)),
        };
        host.Namespace.Exec("sysctl", "-p", artefacts.Readable(sysctls));

        switch (style.Addresses)
        {
            case "network-scripts":
                Ifup(host, artefacts);
                break;
            case "networkmanager":
                NetworkManager(host, artefacts);

                // HA VIPs belong to the NIC's own profile, so the style leaves them to the unit.
                if (artefacts.Exists(ArtefactPaths.Unit))
                {
                    Unit(host, artefacts);
                }

                break;
            case "systemd":
                Unit(host, artefacts);
                break;
            default:
                throw new ArgumentException($"no boot replay for addresses: {style.Addresses}", nameof(style));
        }
    }

    /// <summary>`ifup` of every ifcfg file not switched off (ONBOOT, ONPARENT): ip addr add IPADDR/prefix dev parent label DEVICE.</summary>
    private static void Ifup(FreshHost host, BootArtefacts artefacts)
    {
        var files = artefacts.Files(ArtefactPaths.NetworkScripts, "ifcfg-*");
        Assert.NotEmpty(files);
        foreach (var path in files)
        {
            var ifcfg = IfcfgFile.Parse(artefacts.Lines(path));

            // initscripts finds an alias by its file name and configures the DEVICE inside it.
            Assert.Equal(Path.GetFileName(path)["ifcfg-".Length..], ifcfg.Device);
            Assert.Contains(ifcfg.Values.GetValueOrDefault("BOOTPROTO", "none"), (string[])["none", "static"]);
            if (!ifcfg.OnBoot || !ifcfg.OnParent || ifcfg.IpAddress is null)
            {
                continue;
            }

            var prefix = ifcfg.PrefixLength ?? throw new InvalidDataException($"{path} has neither PREFIX nor NETMASK");
            host.Namespace.Ip("addr", "add", $"{ifcfg.IpAddress}/{prefix}", "dev", ifcfg.ParentDevice!, "label", ifcfg.Device!);
        }
    }

    /// <summary>NetworkManager activating the loopback profile: its [ipv4] and [ipv6] addresses on its interface.</summary>
    private static void NetworkManager(FreshHost host, BootArtefacts artefacts)
    {
        // NetworkManager skips a keyfile that anyone but root may read (nm-settings-keyfile(5)).
        var mode = UnixModes.Of(artefacts.Local(ArtefactPaths.Keyfile));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, mode);

        var keyfile = NetworkManagerKeyfile.Parse(artefacts.Lines(ArtefactPaths.Keyfile));
        Assert.Equal("loopback", keyfile.Get("connection", "type"));
        Assert.NotEqual("false", keyfile.Get("connection", "autoconnect"));
        var device = keyfile.Get("connection", "interface-name") ?? throw new InvalidDataException("the keyfile names no interface");
        foreach (var address in keyfile.Addresses("ipv4").Concat(keyfile.Addresses("ipv6")).Except(LoopbackDefaults))
        {
            host.Namespace.Ip("addr", "add", address, "dev", device);
        }
    }

    /// <summary>systemd starting the enabled oneshot: each ExecStart, its files read from --root.</summary>
    private static void Unit(FreshHost host, BootArtefacts artefacts)
    {
        var link = $"{ArtefactPaths.UnitWants}/{Path.GetFileName(ArtefactPaths.Unit)}";
        Assert.Equal(ArtefactPaths.Unit, artefacts.LinkTarget(link));
        var unit = SystemdUnit.Parse(artefacts.Lines(ArtefactPaths.Unit));
        Assert.Contains("multi-user.target", unit.Values("Install", "WantedBy"));
        Assert.Equal(["oneshot"], unit.Values("Service", "Type"));

        var commands = unit.ExecStart();
        Assert.NotEmpty(commands);
        foreach (var command in commands)
        {
            // The program is the distribution's (it must exist on a real host); the files it reads are the product's.
            Assert.True(File.Exists(command[0]), $"ExecStart runs {command[0]}, which this host does not have");
            var arguments = command.Skip(1).Select(word => !word.StartsWith('/') ? word
                : artefacts.Exists(word) ? artefacts.Readable(word)
                : throw new InvalidDataException($"ExecStart reads {word}, which is not under --root"));
            host.Namespace.Exec(command[0], [.. arguments]);
        }
    }
}

namespace ConfigAgent.Documents;

public enum AixPersistence
{
    /// <summary>A script linked as /etc/rc.d/rc2.d/S&lt;NN&gt;&lt;name&gt; (the seed).</summary>
    Rc2,

    /// <summary>A managed block in /etc/rc.net.</summary>
    RcNet,

    None,
}

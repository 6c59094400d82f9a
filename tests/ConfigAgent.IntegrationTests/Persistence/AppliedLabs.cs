namespace ConfigAgent.IntegrationTests.Persistence;

/// <summary>
/// One applied lab per style, shared by the tests of a class that only read its --root and boot
/// fresh hosts from it: an apply costs a process start, and the suite must stay fast.
/// </summary>
public sealed class AppliedLabs : IDisposable
{
    private readonly Dictionary<string, RebootLab> _labs = [];
    private readonly Lock _lock = new();

    internal RebootLab For(string style)
    {
        lock (_lock)
        {
            if (!_labs.TryGetValue(style, out var lab))
            {
                lab = new RebootLab(PersistenceStyles.Named(style));
                try
                {
                    lab.Apply();
                }
                catch
                {
                    lab.Dispose();
                    throw;
                }

                _labs[style] = lab;
            }

            return lab;
        }
    }

    public void Dispose()
    {
        foreach (var lab in _labs.Values)
        {
            lab.Dispose();
        }
    }
}

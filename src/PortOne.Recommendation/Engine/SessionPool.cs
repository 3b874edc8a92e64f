using System;
using System.Threading;
using NRules;

namespace PortOne.Recommendation;

/// <summary>
/// A bounded pool of engine sessions of one rule set. A call rents a session, so no two threads ever share one, and a
/// rule that calls the engine from its own action gets another session, not the busy one; a session is returned only
/// after a call that ended well. The pool keeps at most twice as many sessions as the machine has processors; more
/// threads at once get new sessions that are dropped after their call. Renting and returning allocate nothing.
/// </summary>
internal sealed class SessionPool(ISessionFactory factory, CallerFactKinds callerKinds)
{
    private readonly EngineSession?[] _sessions = new EngineSession?[Math.Max(2, Environment.ProcessorCount * 2)];

    public EngineSession Rent()
    {
        var sessions = _sessions;
        for (var i = 0; i < sessions.Length; i++)
        {
            var session = Volatile.Read(ref sessions[i]);
            if (session is not null && Interlocked.CompareExchange(ref sessions[i], null, session) == session)
            {
                return session;
            }
        }

        return new EngineSession(factory, callerKinds);
    }

    public void Return(EngineSession session)
    {
        var sessions = _sessions;
        for (var i = 0; i < sessions.Length; i++)
        {
            if (Interlocked.CompareExchange(ref sessions[i], session, null) is null)
            {
                return;
            }
        }
    }
}

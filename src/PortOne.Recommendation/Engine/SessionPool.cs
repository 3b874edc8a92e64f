using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using NRules;

namespace PortOne.Recommendation;

/// <summary>
/// Keeps NRules sessions, each with its <see cref="SessionRecorder"/>, for reuse across calls. A session serves one
/// call at a time: <see cref="Rent"/> hands it to one caller, who gives it back with <see cref="Return"/> after
/// cleaning it, or drops it. At most <see cref="MaxIdle"/> sessions wait in the pool; more are created when more
/// threads call at once, and dropped when they come back to a full pool.
/// </summary>
/// <remarks>
/// Thread safety: the idle sessions live in a <see cref="ConcurrentBag{T}"/>, which hands each out to one taker only;
/// a session outside the bag is owned by the one caller that took or created it. A session is returned only after
/// a call that succeeded and that <see cref="SessionReusePolicy"/> allows, and only if its working memory is empty
/// after the cleanup; a session whose call threw is never returned, because a rule that fails while facts are being
/// inserted can leave the network half updated.
/// </remarks>
internal sealed class SessionPool(ISessionFactory factory, SessionReusePolicy policy, IReadOnlyCollection<object> catalogFacts)
{
    private readonly ConcurrentBag<SessionRecorder> _idle = [];
    private int _idleCount;

    /// <summary>Gets how many sessions may wait in the pool.</summary>
    public static int MaxIdle { get; } = Math.Max(2, 2 * Environment.ProcessorCount);

    /// <summary>Gets the number of sessions waiting in the pool, for tests.</summary>
    internal int IdleCount => Volatile.Read(ref _idleCount);

    public SessionReusePolicy Policy => policy;

    /// <summary>Takes an idle session, or creates one.</summary>
    public SessionRecorder Rent()
    {
        if (_idle.TryTake(out var recorder))
        {
            Interlocked.Decrement(ref _idleCount);
            return recorder;
        }

        return new SessionRecorder(factory.CreateSession(), catalogFacts);
    }

    /// <summary>Cleans a session after a successful call and keeps it if it may serve again.</summary>
    public void Return(SessionRecorder recorder)
    {
        if (!policy.AllowsReuseAfter(recorder.FiredRules) || !recorder.RetractAll())
        {
            return;
        }

        if (Interlocked.Increment(ref _idleCount) <= MaxIdle)
        {
            _idle.Add(recorder);
        }
        else
        {
            Interlocked.Decrement(ref _idleCount);
        }
    }
}

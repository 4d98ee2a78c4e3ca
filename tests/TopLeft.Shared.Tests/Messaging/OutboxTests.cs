using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using TopLeft.Shared.Data;
using TopLeft.Shared.Messaging;
using TopLeft.Shared.Tenancy;
using TopLeft.Shared.Tests.Data;
using TopLeft.Testing;

namespace TopLeft.Shared.Tests.Messaging;

public sealed class OutboxTests : IAsyncLifetime
{
    private static readonly Guid Tenant = Guid.NewGuid();
    private readonly ManualTime _time = new();
    private readonly Recorder _recorder = new();
    private PostgresDatabase _database = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _database = await PostgresDatabase.CreateAsync();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:topleft"] = _database.ConnectionString })
            .Build();
        _services = new ServiceCollection()
            .AddScoped<TenantContext>()
            .AddScoped<ITenantContext>(sp => sp.GetRequiredService<TenantContext>())
            .AddSingleton<OutboxSignal>()
            .AddSingleton<IOutboxSignal>(sp => sp.GetRequiredService<OutboxSignal>())
            .AddSingleton<TimeProvider>(_time)
            .AddSingleton(_recorder)
            .AddScoped<IIntegrationEventHandler<NoteWritten>, RecordingHandler>()
            .AddScoped<IIntegrationEventHandler<NoteEdited>, RecordingHandler>()
            .AddModuleDbContext<NotesDbContext>(configuration, "notes")
            .BuildServiceProvider();

        await using var scope = TenantScope();
        await scope.ServiceProvider.GetRequiredService<NotesDbContext>().Database.EnsureCreatedAsync();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task An_event_is_stored_in_the_same_transaction_as_the_change()
    {
        await using (var scope = TenantScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NotesDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Notes.Add(new Note { Text = "rolled back" });
            db.Publish(new NoteWritten(1, "rolled back"));
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        (await _database.ScalarAsync<long>("SELECT count(*) FROM notes.outbox_messages")).ShouldBe(0);
        (await _database.ScalarAsync<long>("SELECT count(*) FROM notes.\"Notes\"")).ShouldBe(0);
    }

    [Fact]
    public async Task Committing_a_transaction_that_stored_events_wakes_the_dispatcher_at_once()
    {
        var signal = _services.GetRequiredService<OutboxSignal>();
        while (await signal.WaitAsync(TimeSpan.Zero, default))
        {
        }

        await using var scope = TenantScope();
        var db = scope.ServiceProvider.GetRequiredService<NotesDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        db.Notes.Add(new Note { Text = "in a transaction" });
        db.Publish(new NoteWritten(1, "in a transaction"));
        await db.SaveChangesAsync();

        (await signal.WaitAsync(TimeSpan.Zero, default)).ShouldBeFalse("nothing is visible to the dispatcher before the commit");
        await transaction.CommitAsync();
        (await signal.WaitAsync(TimeSpan.Zero, default)).ShouldBeTrue();
    }

    [Fact]
    public async Task The_dispatcher_delivers_each_event_to_its_handlers_in_the_events_tenant()
    {
        await WriteNote("hello");

        var claimed = await Dispatcher().DrainBatchAsync(Notes, default);

        claimed.ShouldBe(1);
        _recorder.Deliveries.ShouldHaveSingleItem().ShouldBe(("hello", Tenant));
        (await _database.ScalarAsync<long>("SELECT count(*) FROM notes.outbox_messages WHERE \"ProcessedAt\" IS NULL")).ShouldBe(0);
    }

    [Fact]
    public async Task Delivered_events_are_purged_after_the_retention_and_undelivered_ones_never()
    {
        await WriteNote("old, delivered");
        await Dispatcher().DrainBatchAsync(Notes, default);
        _time.Advance(TimeSpan.FromDays(8));
        await WriteNote("recent, delivered");
        await Dispatcher().DrainBatchAsync(Notes, default);
        await WriteNote("old, never delivered");
        await _database.ScalarAsync<long>("UPDATE notes.outbox_messages SET \"OccurredAt\" = now() - interval '30 days' WHERE \"ProcessedAt\" IS NULL RETURNING 1::bigint");

        var purged = await Dispatcher().PurgeDeliveredAsync(Notes, _time.GetUtcNow() - TimeSpan.FromDays(7), default);

        purged.ShouldBe(1);
        (await _database.ScalarAsync<long>("SELECT count(*) FROM notes.outbox_messages WHERE \"ProcessedAt\" IS NOT NULL")).ShouldBe(1);
        (await _database.ScalarAsync<long>("SELECT count(*) FROM notes.outbox_messages WHERE \"ProcessedAt\" IS NULL")).ShouldBe(1);
    }

    [Fact]
    public async Task A_failing_handler_is_retried_with_backoff_until_it_succeeds_and_nothing_is_lost()
    {
        _recorder.FailuresLeft = 2;
        await WriteNote("stubborn");
        var dispatcher = Dispatcher();

        await dispatcher.DrainBatchAsync(Notes, default);
        (await dispatcher.DrainBatchAsync(Notes, default)).ShouldBe(0, "the retry waits for its backoff");
        _time.Advance(TimeSpan.FromSeconds(3));
        await dispatcher.DrainBatchAsync(Notes, default);
        _time.Advance(TimeSpan.FromSeconds(5));
        await dispatcher.DrainBatchAsync(Notes, default);

        _recorder.Deliveries.ShouldHaveSingleItem().ShouldBe(("stubborn", Tenant));
        (await _database.ScalarAsync<int>("SELECT \"Attempts\" FROM notes.outbox_messages")).ShouldBe(2);
        (await _database.ScalarAsync<long>("SELECT count(*) FROM notes.outbox_messages WHERE \"ProcessedAt\" IS NOT NULL")).ShouldBe(1);
    }

    [Fact]
    public async Task Two_dispatchers_never_deliver_the_same_event_twice_at_once()
    {
        for (var i = 0; i < 120; i++)
        {
            await WriteNote("n" + i);
        }

        var first = Dispatcher();
        var second = Dispatcher();
        var rounds = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => (i % 2 == 0 ? first : second).DrainBatchAsync(Notes, default)));

        rounds.Sum().ShouldBe(120);
        _recorder.Deliveries.Select(d => d.Text).Distinct().Count().ShouldBe(120);
        _recorder.Deliveries.Count.ShouldBe(120);
    }

    [Fact]
    public async Task Events_about_the_same_thing_keep_their_order_while_events_about_other_things_run_alongside()
    {
        for (var i = 0; i < 10; i++)
        {
            for (var note = 1; note <= 3; note++)
            {
                await WriteEdit(note, $"{note}:{i}");
            }
        }

        // The first edit of note 1 finishes only once an edit of another note has started: in one lane this would hang.
        _recorder.WaitForOtherNote = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var claimed = await Dispatcher().DrainBatchAsync(Notes, default);

        claimed.ShouldBe(30);
        _recorder.SawAnotherNoteWhileWaiting.ShouldBeTrue();
        for (var note = 1; note <= 3; note++)
        {
            _recorder.Deliveries.Select(d => d.Text).Where(t => t.StartsWith($"{note}:", StringComparison.Ordinal))
                .ShouldBe(Enumerable.Range(0, 10).Select(i => $"{note}:{i}"));
        }
    }

    [Fact]
    public async Task A_failing_event_holds_back_later_events_about_the_same_thing_until_it_succeeds()
    {
        _recorder.FailOnce.TryAdd("1:first", 0);
        await WriteEdit(1, "1:first");
        await WriteEdit(1, "1:second");
        await WriteEdit(2, "2:other");
        var dispatcher = Dispatcher();

        await dispatcher.DrainBatchAsync(Notes, default);
        _recorder.Deliveries.Select(d => d.Text).ShouldBe(["2:other"]);
        (await dispatcher.DrainBatchAsync(Notes, default)).ShouldBe(0, "the later edit waits with the earlier one for its retry");
        _time.Advance(TimeSpan.FromSeconds(3));
        await dispatcher.DrainBatchAsync(Notes, default);

        _recorder.Deliveries.Select(d => d.Text).ShouldBe(["2:other", "1:first", "1:second"]);
        (await _database.ScalarAsync<long>("SELECT count(*) FROM notes.outbox_messages WHERE \"ProcessedAt\" IS NULL")).ShouldBe(0);
        (await _database.ScalarAsync<long>("SELECT sum(\"Attempts\") FROM notes.outbox_messages")).ShouldBe(1, "waiting is not a failed attempt");
    }

    [Fact]
    public async Task An_event_waits_while_another_instance_holds_an_earlier_event_about_the_same_thing()
    {
        await WriteEdit(1, "1:first");
        await WriteEdit(1, "1:second");
        await WriteEdit(2, "2:other");

        // Another instance has claimed the first edit and is still working on it.
        await using (var other = new NpgsqlConnection(_database.ConnectionString))
        {
            await other.OpenAsync();
            await using var claim = await other.BeginTransactionAsync();
            await using (var select = new NpgsqlCommand(
                "SELECT \"Id\" FROM notes.outbox_messages WHERE \"Payload\"->>'text' = '1:first' FOR UPDATE", other, claim))
            {
                (await select.ExecuteScalarAsync()).ShouldNotBeNull();
            }

            await Dispatcher().DrainBatchAsync(Notes, default);
            _recorder.Deliveries.Select(d => d.Text).ShouldBe(["2:other"]);
            await claim.RollbackAsync();
        }

        _time.Advance(TimeSpan.FromSeconds(2));
        await Dispatcher().DrainBatchAsync(Notes, default);

        _recorder.Deliveries.Select(d => d.Text).ShouldBe(["2:other", "1:first", "1:second"]);
    }

    private static ModuleDatabase Notes => new(typeof(NotesDbContext), "notes");

    private OutboxDispatcher Dispatcher() => new(
        _services.GetRequiredService<IServiceScopeFactory>(), [Notes], _services.GetRequiredService<OutboxSignal>(), _time,
        NullLogger<OutboxDispatcher>.Instance);

    private AsyncServiceScope TenantScope()
    {
        var scope = _services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(Tenant, "acme");
        return scope;
    }

    private async Task WriteNote(string text)
    {
        await using var scope = TenantScope();
        var db = scope.ServiceProvider.GetRequiredService<NotesDbContext>();
        var note = new Note { Text = text };
        db.Notes.Add(note);
        db.Publish(new NoteWritten(0, text));
        await db.SaveChangesAsync();
    }

    private async Task WriteEdit(int noteId, string text)
    {
        await using var scope = TenantScope();
        var db = scope.ServiceProvider.GetRequiredService<NotesDbContext>();
        db.Publish(new NoteEdited(noteId, text));
        await db.SaveChangesAsync();
    }

    private sealed class Recorder
    {
        public System.Collections.Concurrent.ConcurrentQueue<(string Text, Guid Tenant)> Deliveries { get; } = new();

        public int FailuresLeft { get; set; }

        public System.Collections.Concurrent.ConcurrentDictionary<string, int> FailOnce { get; } = new();

        public TaskCompletionSource? WaitForOtherNote { get; set; }

        public bool SawAnotherNoteWhileWaiting { get; set; }
    }

    private sealed class RecordingHandler(Recorder recorder, ITenantContext tenant) : IIntegrationEventHandler<NoteWritten>, IIntegrationEventHandler<NoteEdited>
    {
        public async Task HandleAsync(NoteEdited @event, CancellationToken cancellationToken)
        {
            if (recorder.FailOnce.TryRemove(@event.Text, out _))
            {
                throw new InvalidOperationException("PSA not ready yet");
            }

            if (recorder.WaitForOtherNote is { } other)
            {
                if (@event.NoteId != 1)
                {
                    other.TrySetResult();
                }
                else if (@event.Text == "1:0")
                {
                    await other.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
                    recorder.SawAnotherNoteWhileWaiting = true;
                }
            }

            // Gives the other lanes a chance to run in between, so a wrong order would show.
            await Task.Yield();
            recorder.Deliveries.Enqueue((@event.Text, tenant.TenantId));
        }

        public Task HandleAsync(NoteWritten @event, CancellationToken cancellationToken)
        {
            if (recorder.FailuresLeft > 0)
            {
                recorder.FailuresLeft--;
                throw new InvalidOperationException("handler not ready yet");
            }

            recorder.Deliveries.Enqueue((@event.Text, tenant.TenantId));
            return Task.CompletedTask;
        }
    }

    private sealed class ManualTime : TimeProvider
    {
        private DateTimeOffset _now = DateTimeOffset.UtcNow;

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}

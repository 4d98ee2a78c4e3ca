namespace TopLeft.PsaSimulator.Tests.Seeding;

public sealed class DeterministicSeedTests
{
    [Fact]
    public async Task The_same_seed_gives_the_same_data_and_another_seed_does_not()
    {
        await using var first = await SimulatorApp.StartAsync(TestSimulator.SmallOptions(seed: 11));
        await using var second = await SimulatorApp.StartAsync(TestSimulator.SmallOptions(seed: 11));
        await using var other = await SimulatorApp.StartAsync(TestSimulator.SmallOptions(seed: 12));

        var a = first.Control.ExportJson();
        var b = second.Control.ExportJson();
        var c = other.Control.ExportJson();

        a.ShouldBe(b);
        a.ShouldNotBe(c);
    }
}

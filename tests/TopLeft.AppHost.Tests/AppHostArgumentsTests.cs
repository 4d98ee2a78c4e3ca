namespace TopLeft.AppHost.Tests;

public sealed class AppHostArgumentsTests
{
    private static readonly string[] Names = ["postgres", "redis", "psa-simulator", "host"];

    [Fact]
    public void Ports_are_read_from_options_with_a_separate_or_an_inline_value()
    {
        var arguments = AppHostArguments.Parse(["--host-port", "6000", "--psa-simulator-port=6001"], NoEnvironment, Names);

        arguments.Ports.ShouldBe(new Dictionary<string, int> { ["host"] = 6000, ["psa-simulator"] = 6001 }, ignoreOrder: true);
        arguments.ShowHelp.ShouldBeFalse();
    }

    [Fact]
    public void The_environment_sets_ports_and_the_command_line_overrides_it()
    {
        var environment = new Dictionary<string, string> { ["TOPLEFT_POSTGRES_PORT"] = "7000", ["TOPLEFT_PSA_SIMULATOR_PORT"] = "7001" };

        var arguments = AppHostArguments.Parse(["--postgres-port", "7100"], name => environment.GetValueOrDefault(name), Names);

        arguments.Ports["postgres"].ShouldBe(7100);
        arguments.Ports["psa-simulator"].ShouldBe(7001);
    }

    [Fact]
    public void No_arguments_keep_the_declared_defaults()
    {
        AppHostArguments.Parse([], NoEnvironment, Names).Ports.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("--host-port", "abc")]
    [InlineData("--host-port", "70000")]
    [InlineData("--host-port=0")]
    public void A_port_that_is_not_a_number_in_range_is_refused_with_a_message(params string[] args)
    {
        var error = Should.Throw<AppHostException>(() => AppHostArguments.Parse(args, NoEnvironment, Names));

        error.Message.ShouldStartWith("--host-port must be a port number between 1 and 65535");
    }

    [Theory]
    [InlineData("--mail-port", "1025")]
    [InlineData("--verbose")]
    public void Unknown_options_are_refused(params string[] args)
    {
        var error = Should.Throw<AppHostException>(() => AppHostArguments.Parse(args, NoEnvironment, Names));

        error.Message.ShouldBe($"Unknown argument '{args[0]}'; run with --help to see the options.");
    }

    [Fact]
    public void A_missing_value_is_refused()
    {
        Should.Throw<AppHostException>(() => AppHostArguments.Parse(["--redis-port"], NoEnvironment, Names))
            .Message.ShouldBe("--redis-port needs a port number.");
    }

    [Fact]
    public void Help_is_recognised()
    {
        AppHostArguments.Parse(["--help"], NoEnvironment, Names).ShowHelp.ShouldBeTrue();
    }

    private static string? NoEnvironment(string name) => null;
}

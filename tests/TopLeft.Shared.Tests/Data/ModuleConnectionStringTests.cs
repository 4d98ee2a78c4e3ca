using Npgsql;
using TopLeft.Shared.Data;

namespace TopLeft.Shared.Tests.Data;

/// <summary>Module connections prepare their hot statements and keep them across pool leases, unless told otherwise.</summary>
public sealed class ModuleConnectionStringTests
{
    [Fact]
    public void Auto_prepare_and_no_reset_on_close_are_added_when_not_given()
    {
        var tuned = new NpgsqlConnectionStringBuilder(ModuleDatabaseExtensions.WithAutoPrepare("Host=db;Database=topleft;Username=app"));

        tuned.MaxAutoPrepare.ShouldBe(64);
        tuned.NoResetOnClose.ShouldBeTrue();
        tuned.Host.ShouldBe("db");
        tuned.Database.ShouldBe("topleft");
    }

    [Theory]
    [InlineData("Host=db;Max Auto Prepare=0;No Reset On Close=false")]
    [InlineData("Host=db;maxautoprepare=0;NoResetOnClose=false")]
    public void Settings_given_in_the_connection_string_win(string connectionString)
    {
        var tuned = new NpgsqlConnectionStringBuilder(ModuleDatabaseExtensions.WithAutoPrepare(connectionString));

        tuned.MaxAutoPrepare.ShouldBe(0);
        tuned.NoResetOnClose.ShouldBeFalse();
    }

    [Fact]
    public void An_empty_or_malformed_string_is_left_for_the_start_up_check()
    {
        ModuleDatabaseExtensions.WithAutoPrepare("").ShouldBe("");
        ModuleDatabaseExtensions.WithAutoPrepare("Host=db;Nonsense Key=1").ShouldBe("Host=db;Nonsense Key=1");
    }
}

using TopLeft.PsaSimulator.Seeding;

namespace TopLeft.PsaSimulator.Autotask;

internal static class AtSeeder
{
    public static void Seed(AtTenant tenant, MspWorld world, SimulatorOptions options)
    {
    }
}

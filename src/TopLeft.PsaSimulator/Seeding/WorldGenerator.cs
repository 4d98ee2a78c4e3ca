namespace TopLeft.PsaSimulator.Seeding;

/// <summary>
/// Builds the neutral MSP from a seed. Only <see cref="Random"/> seeded from the options and the anchor
/// date feed it, never the wall clock, so the same seed and anchor give the same world.
/// </summary>
internal static class WorldGenerator
{
    private static readonly (WorldStatus Status, int Weight)[] StatusWeights =
    [
        (WorldStatus.New, 15), (WorldStatus.InProgress, 20), (WorldStatus.WaitingOnClient, 12),
        (WorldStatus.Scheduled, 8), (WorldStatus.Completed, 20), (WorldStatus.Closed, 25),
    ];

    public static MspWorld Generate(SimulatorOptions options, DateTime anchor)
    {
        var random = new Random(options.Seed);
        var boardCount = Math.Clamp(options.Boards, 1, NameBank.BoardNames.Length);
        var boards = NameBank.BoardNames.Take(boardCount).ToArray();
        var world = new MspWorld
        {
            Anchor = anchor,
            BoardNames = boards,
            ProjectBoard = Array.IndexOf(boards, "Projects") is >= 0 and var p ? p : boardCount - 1,
        };

        AddMembers(world, random, Math.Max(1, options.Members));
        AddCompanies(world, random, Math.Max(1, options.Companies), anchor);
        AddContacts(world, random, Math.Max(1, options.ContactsPerCompany), anchor);
        AddServiceTickets(world, random, Math.Max(0, options.Tickets), boardCount, anchor);
        AddProjects(world, random, options, anchor);
        AddNotesAndTime(world, random, options);
        return world;
    }

    private static void AddMembers(MspWorld world, Random random, int count)
    {
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < count; i++)
        {
            var first = Pick(random, NameBank.FirstNames);
            var last = Pick(random, NameBank.LastNames);
            var baseName = (first[0] + last).ToLowerInvariant();
            var userName = baseName;
            for (var n = 2; !used.Add(userName); n++)
            {
                userName = baseName + n;
            }

            var title = i == 0 ? "Service Manager" : Pick(random, NameBank.MemberTitles);
            world.Members.Add(new WorldPerson(first, last, userName, $"{userName}@brightpath-it.example", title));
        }
    }

    private static void AddCompanies(MspWorld world, Random random, int count, DateTime anchor)
    {
        var combos = NameBank.CompanyPrefixes
            .SelectMany(p => NameBank.CompanySuffixes.Select(s => (Prefix: p, Suffix: s)))
            .ToArray();
        random.Shuffle(combos);
        var identifiers = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < count; i++)
        {
            var (prefix, suffix) = combos[i % combos.Length];
            var cityParts = Pick(random, NameBank.Cities).Split('|');
            var name = i < combos.Length ? $"{prefix} {suffix}" : $"{prefix} {suffix} {cityParts[0]} {(i / combos.Length) + 1}";
            var baseId = new string(name.Where(char.IsLetterOrDigit).ToArray());
            var identifier = baseId.Length > 25 ? baseId[..25] : baseId;
            for (var n = 2; !identifiers.Add(identifier); n++)
            {
                identifier = $"{baseId[..Math.Min(baseId.Length, 22)]}{n}";
            }

            // About one company in eight is a branch office of an earlier one (Autotask parentCompanyID).
            int? parent = i > 5 && random.Next(8) == 0 ? random.Next(i) : null;
            var created = anchor.AddDays(-random.Next(200, 1500));
            var updated = RandomBetween(random, created, anchor);
            world.Companies.Add(new WorldCompany(
                name, identifier,
                $"({random.Next(200, 999)}) 555-{random.Next(1000, 9999)}",
                $"{random.Next(1, 999)} {Pick(random, NameBank.Streets)}",
                cityParts[0], cityParts[1], cityParts[2],
                $"www.{identifier.ToLowerInvariant()}.example",
                parent, random.Next(world.Members.Count), created, updated));
        }
    }

    private static void AddContacts(MspWorld world, Random random, int perCompany, DateTime anchor)
    {
        for (var c = 0; c < world.Companies.Count; c++)
        {
            var domain = $"{world.Companies[c].Identifier.ToLowerInvariant()}.example";
            for (var i = 0; i < perCompany; i++)
            {
                var first = Pick(random, NameBank.FirstNames);
                var last = Pick(random, NameBank.LastNames);
                world.Contacts.Add(new WorldContact(
                    c, first, last, $"{first}.{last}{(i > 0 ? i.ToString(System.Globalization.CultureInfo.InvariantCulture) : "")}@{domain}".ToLowerInvariant(),
                    $"({random.Next(200, 999)}) 555-{random.Next(1000, 9999)}",
                    i == 0 ? "Office Manager" : Pick(random, NameBank.ContactTitles),
                    anchor.AddDays(-random.Next(1, 400))));
            }
        }
    }

    private static void AddServiceTickets(MspWorld world, Random random, int count, int boardCount, DateTime anchor)
    {
        var serviceBoards = Enumerable.Range(0, boardCount).Where(b => b != world.ProjectBoard || boardCount == 1).ToArray();
        var monitoringBoard = Array.IndexOf(world.BoardNames.ToArray(), "Monitoring");
        for (var i = 0; i < count; i++)
        {
            var board = serviceBoards[random.Next(serviceBoards.Length)];
            var status = PickStatus(random);
            var company = random.Next(world.Companies.Count);
            var contact = ContactOf(world, random, company);
            var created = anchor.AddMinutes(-random.Next(10, 180 * 24 * 60));
            var updated = RandomBetween(random, created, anchor);
            var template = board == monitoringBoard
                ? Pick(random, NameBank.MonitoringSummaries)
                : Pick(random, NameBank.ServiceSummaries);
            var summary = Fill(template, world, random, contact);
            var description = board == monitoringBoard
                ? $"{summary}.\n\nRaised automatically by the RMM agent."
                : $"{summary}.\n\nReported by {(contact is { } ct ? $"{world.Contacts[ct].First} {world.Contacts[ct].Last}" : "phone")}.";
            world.Tickets.Add(new WorldTicket(
                summary, description, company, contact, board, status,
                Weighted(random, [10, 25, 50, 15]), Assignees(world, random, status), created, updated,
                random.Next(3) == 0 ? random.Next(1, 9) : null,
                random.Next(4) == 0 ? created.AddDays(random.Next(1, 14)).Date.AddHours(17) : null,
                null, status == WorldStatus.WaitingOnClient && random.Next(3) == 0));
        }
    }

    private static void AddProjects(MspWorld world, Random random, SimulatorOptions options, DateTime anchor)
    {
        for (var p = 0; p < Math.Max(0, options.Projects); p++)
        {
            var company = random.Next(world.Companies.Count);
            var start = anchor.Date.AddDays(-random.Next(5, 120));
            var end = start.AddDays(random.Next(30, 150));
            var closed = end < anchor && random.Next(2) == 0;
            var phaseCount = Math.Max(1, options.PhasesPerProject);
            var perPhase = Math.Max(0, options.TicketsPerPhase);
            var budget = phaseCount * perPhase * 4m;
            world.Projects.Add(new WorldProject(
                $"{world.Companies[company].Name}: {Pick(random, NameBank.ProjectNames)}", company,
                random.Next(world.Members.Count), start, end, budget, closed, RandomBetween(random, start, anchor)));
            var phaseLength = (end - start).TotalDays / phaseCount;
            for (var ph = 0; ph < phaseCount; ph++)
            {
                var phaseStart = start.AddDays(phaseLength * ph);
                var phaseEnd = start.AddDays(phaseLength * (ph + 1));
                var phaseIndex = world.Phases.Count;
                world.Phases.Add(new WorldPhase(p, ph + 1, NameBank.PhaseNames[ph % NameBank.PhaseNames.Length],
                    perPhase * 4m, phaseStart, phaseEnd, RandomBetween(random, start, anchor)));
                for (var t = 0; t < perPhase; t++)
                {
                    var done = closed || phaseEnd < anchor;
                    var status = done ? WorldStatus.Completed : PickStatus(random);
                    var created = phaseStart < anchor ? phaseStart : anchor.AddDays(-1);
                    world.Tickets.Add(new WorldTicket(
                        $"{Pick(random, NameBank.ProjectTaskVerbs)} ({NameBank.PhaseNames[ph % NameBank.PhaseNames.Length]})",
                        "Project task.", company, ContactOf(world, random, company), world.ProjectBoard, status, 2,
                        Assignees(world, random, status), created, RandomBetween(random, created, anchor), 4m,
                        phaseEnd, phaseIndex, false));
                }
            }
        }
    }

    private static void AddNotesAndTime(MspWorld world, Random random, SimulatorOptions options)
    {
        for (var t = 0; t < world.Tickets.Count; t++)
        {
            var ticket = world.Tickets[t];
            var when = ticket.Created;
            // Without a contact the ticket was logged by a technician (or the RMM), not by the customer.
            world.Notes.Add(new WorldNote(t, ticket.Description, ticket.Contact is null ? ticket.Assignees.FirstOrDefault() : null, ticket.Contact, NoteKind.Discussion, when));
            var extra = random.Next(0, Math.Max(0, options.NotesPerTicket) + 1);
            for (var n = 0; n < extra; n++)
            {
                when = RandomBetween(random, when, ticket.Updated);
                var member = ticket.Assignees.Length > 0 ? ticket.Assignees[random.Next(ticket.Assignees.Length)] : random.Next(world.Members.Count);
                world.Notes.Add(new WorldNote(t, Pick(random, NameBank.NoteTexts), member, null,
                    random.Next(3) == 0 ? NoteKind.Internal : NoteKind.Discussion, when));
            }

            if (ticket.CustomerUpdated && ticket.Contact is { } contact)
            {
                world.Notes.Add(new WorldNote(t, Pick(random, NameBank.CustomerReplies), null, contact, NoteKind.Discussion, ticket.Updated));
            }

            var closed = ticket.Status is WorldStatus.Completed or WorldStatus.Closed;
            if (closed)
            {
                world.Notes.Add(new WorldNote(t, "Resolved: " + Pick(random, NameBank.NoteTexts), ticket.Assignees.FirstOrDefault(), null, NoteKind.Resolution, ticket.Updated));
            }

            if (ticket.Status != WorldStatus.New && ticket.Assignees.Length > 0)
            {
                var entries = random.Next(closed ? 1 : 0, Math.Max(0, options.TimeEntriesPerTicket) + 1);
                for (var e = 0; e < entries; e++)
                {
                    var start = RandomBetween(random, ticket.Created, ticket.Updated);
                    start = new DateTime(start.Year, start.Month, start.Day, start.Hour, start.Minute / 15 * 15, 0, DateTimeKind.Utc);
                    world.TimeEntries.Add(new WorldTime(t, ticket.Assignees[random.Next(ticket.Assignees.Length)], start,
                        random.Next(1, 13) * 0.25m, Pick(random, NameBank.NoteTexts)));
                }
            }
        }
    }

    private static int[] Assignees(MspWorld world, Random random, WorldStatus status)
    {
        var roll = random.Next(10);
        var count = status == WorldStatus.New ? (roll < 6 ? 0 : 1) : roll switch { 0 => 0, < 8 => 1, _ => 2 };
        var members = new int[count];
        for (var i = 0; i < count; i++)
        {
            int candidate;
            do
            {
                candidate = random.Next(world.Members.Count);
            }
            while (world.Members.Count > i && members.AsSpan(0, i).Contains(candidate));
            members[i] = candidate;
        }

        return members;
    }

    private static int? ContactOf(MspWorld world, Random random, int company)
    {
        var perCompany = world.Contacts.Count / world.Companies.Count;
        return perCompany == 0 || random.Next(10) == 0 ? null : (company * perCompany) + random.Next(perCompany);
    }

    private static string Fill(string template, MspWorld world, Random random, int? contact)
    {
        var person = contact is { } c ? $"{world.Contacts[c].First} {world.Contacts[c].Last}" : $"{Pick(random, NameBank.FirstNames)} {Pick(random, NameBank.LastNames)}";
        return template
            .Replace("{person}", person, StringComparison.Ordinal)
            .Replace("{server}", $"SRV-{random.Next(1, 12):00}", StringComparison.Ordinal)
            .Replace("{workstation}", $"WS-{random.Next(1, 80):000}", StringComparison.Ordinal);
    }

    private static WorldStatus PickStatus(Random random) =>
        StatusWeights[Weighted(random, StatusWeights.Select(s => s.Weight).ToArray())].Status;

    private static int Weighted(Random random, int[] weights)
    {
        var roll = random.Next(weights.Sum());
        for (var i = 0; i < weights.Length; i++)
        {
            roll -= weights[i];
            if (roll < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }

    private static DateTime RandomBetween(Random random, DateTime from, DateTime to) =>
        to <= from ? from : from.AddSeconds(random.NextDouble() * (to - from).TotalSeconds) is var d
            ? new DateTime(d.Ticks - (d.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc)
            : from;

    private static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];
}

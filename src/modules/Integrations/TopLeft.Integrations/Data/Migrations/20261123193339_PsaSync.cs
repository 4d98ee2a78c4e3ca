using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace TopLeft.Integrations.Data.Migrations
{
    /// <inheritdoc />
    public partial class PsaSync : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "boards",
                schema: "integrations",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    PsaId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    PsaUpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SeenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_boards", x => new { x.TenantId, x.PsaId });
                });

            migrationBuilder.CreateTable(
                name: "companies",
                schema: "integrations",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    PsaId = table.Column<int>(type: "integer", nullable: false),
                    Identifier = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    ParentPsaId = table.Column<int>(type: "integer", nullable: true),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    PsaUpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SeenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_companies", x => new { x.TenantId, x.PsaId });
                });

            migrationBuilder.CreateTable(
                name: "connections",
                schema: "integrations",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    SiteUrl = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Account = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ProtectedCredentials = table.Column<string>(type: "text", nullable: false),
                    ApiUrl = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ProtectedCallbackSecret = table.Column<string>(type: "text", nullable: false),
                    KeepClosedTickets = table.Column<bool>(type: "boolean", nullable: false),
                    ActAsMemberAllowed = table.Column<bool>(type: "boolean", nullable: false),
                    RealtimeRegistrations = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    IncrementalCursor = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastFullSyncAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_connections", x => x.TenantId);
                });

            migrationBuilder.CreateTable(
                name: "contacts",
                schema: "integrations",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    PsaId = table.Column<int>(type: "integer", nullable: false),
                    CompanyPsaId = table.Column<int>(type: "integer", nullable: true),
                    FirstName = table.Column<string>(type: "text", nullable: false),
                    LastName = table.Column<string>(type: "text", nullable: false),
                    Email = table.Column<string>(type: "text", nullable: true),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    PsaUpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SeenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_contacts", x => new { x.TenantId, x.PsaId });
                });

            migrationBuilder.CreateTable(
                name: "data_protection_keys",
                schema: "integrations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "text", nullable: false),
                    Xml = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_data_protection_keys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inbound_notifications",
                schema: "integrations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Psa = table.Column<int>(type: "integer", nullable: false),
                    DeliveryKey = table.Column<string>(type: "text", nullable: false),
                    EntityType = table.Column<string>(type: "text", nullable: false),
                    EntityId = table.Column<int>(type: "integer", nullable: false),
                    Action = table.Column<string>(type: "text", nullable: false),
                    Sequence = table.Column<long>(type: "bigint", nullable: true),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ProcessedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    NextAttemptAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Error = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inbound_notifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "members",
                schema: "integrations",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    PsaId = table.Column<int>(type: "integer", nullable: false),
                    UserName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FirstName = table.Column<string>(type: "text", nullable: false),
                    LastName = table.Column<string>(type: "text", nullable: false),
                    Email = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: true),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    ProtectedApiKeys = table.Column<string>(type: "text", nullable: true),
                    DefaultRoleId = table.Column<int>(type: "integer", nullable: true),
                    PsaUpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SeenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_members", x => new { x.TenantId, x.PsaId });
                });

            migrationBuilder.CreateTable(
                name: "notes",
                schema: "integrations",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    PsaId = table.Column<int>(type: "integer", nullable: false),
                    WorkItemKind = table.Column<int>(type: "integer", nullable: false),
                    WorkItemPsaId = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "text", nullable: false),
                    IsInternal = table.Column<bool>(type: "boolean", nullable: false),
                    MemberPsaId = table.Column<int>(type: "integer", nullable: true),
                    ContactPsaId = table.Column<int>(type: "integer", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    PsaUpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SeenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notes", x => new { x.TenantId, x.WorkItemKind, x.PsaId });
                });

            migrationBuilder.CreateTable(
                name: "priorities",
                schema: "integrations",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    PsaId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Color = table.Column<string>(type: "text", nullable: true),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    PsaUpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SeenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_priorities", x => new { x.TenantId, x.PsaId });
                });

            migrationBuilder.CreateTable(
                name: "statuses",
                schema: "integrations",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    PsaId = table.Column<int>(type: "integer", nullable: false),
                    BoardPsaId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    IsClosed = table.Column<bool>(type: "boolean", nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    PsaUpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SeenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_statuses", x => new { x.TenantId, x.BoardPsaId, x.PsaId });
                });

            migrationBuilder.CreateTable(
                name: "sync_runs",
                schema: "integrations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<int>(type: "integer", nullable: false),
                    Trigger = table.Column<string>(type: "text", nullable: false),
                    State = table.Column<int>(type: "integer", nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    FinishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Items = table.Column<int>(type: "integer", nullable: false),
                    Errors = table.Column<int>(type: "integer", nullable: false),
                    Progress = table.Column<int>(type: "integer", nullable: false),
                    Step = table.Column<string>(type: "text", nullable: true),
                    Requests = table.Column<int>(type: "integer", nullable: false),
                    Log = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sync_runs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "time_entries",
                schema: "integrations",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    PsaId = table.Column<int>(type: "integer", nullable: false),
                    WorkItemKind = table.Column<int>(type: "integer", nullable: false),
                    WorkItemPsaId = table.Column<int>(type: "integer", nullable: false),
                    MemberPsaId = table.Column<int>(type: "integer", nullable: false),
                    Start = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    End = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Hours = table.Column<decimal>(type: "numeric", nullable: false),
                    Notes = table.Column<string>(type: "text", nullable: true),
                    PsaUpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SeenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_time_entries", x => new { x.TenantId, x.PsaId });
                });

            migrationBuilder.CreateTable(
                name: "work_items",
                schema: "integrations",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    PsaId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<string>(type: "text", nullable: false),
                    Title = table.Column<string>(type: "text", nullable: false),
                    BoardPsaId = table.Column<int>(type: "integer", nullable: true),
                    StatusPsaId = table.Column<int>(type: "integer", nullable: true),
                    StatusName = table.Column<string>(type: "text", nullable: true),
                    PriorityPsaId = table.Column<int>(type: "integer", nullable: true),
                    CompanyPsaId = table.Column<int>(type: "integer", nullable: true),
                    ContactPsaId = table.Column<int>(type: "integer", nullable: true),
                    ProjectPsaId = table.Column<int>(type: "integer", nullable: true),
                    PhasePsaId = table.Column<int>(type: "integer", nullable: true),
                    AssigneePsaIds = table.Column<List<int>>(type: "integer[]", nullable: false),
                    BudgetHours = table.Column<decimal>(type: "numeric", nullable: true),
                    ActualHours = table.Column<decimal>(type: "numeric", nullable: true),
                    IsClosed = table.Column<bool>(type: "boolean", nullable: false),
                    ClientResponded = table.Column<bool>(type: "boolean", nullable: false),
                    PsaUpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SeenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_work_items", x => new { x.TenantId, x.Kind, x.PsaId });
                });

            migrationBuilder.CreateTable(
                name: "write_backs",
                schema: "integrations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    WorkItemKind = table.Column<int>(type: "integer", nullable: false),
                    WorkItemPsaId = table.Column<int>(type: "integer", nullable: false),
                    Payload = table.Column<string>(type: "jsonb", nullable: false),
                    Previous = table.Column<string>(type: "jsonb", nullable: true),
                    ActingMemberPsaId = table.Column<int>(type: "integer", nullable: true),
                    State = table.Column<int>(type: "integer", nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    NextAttemptAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CompletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Error = table.Column<string>(type: "text", nullable: true),
                    CreatedPsaId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_write_backs", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_contacts_TenantId_Email",
                schema: "integrations",
                table: "contacts",
                columns: new[] { "TenantId", "Email" });

            migrationBuilder.CreateIndex(
                name: "IX_inbound_notifications_NextAttemptAt",
                schema: "integrations",
                table: "inbound_notifications",
                column: "NextAttemptAt",
                filter: "\"ProcessedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_inbound_notifications_TenantId_DeliveryKey",
                schema: "integrations",
                table: "inbound_notifications",
                columns: new[] { "TenantId", "DeliveryKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_notes_TenantId_WorkItemKind_WorkItemPsaId",
                schema: "integrations",
                table: "notes",
                columns: new[] { "TenantId", "WorkItemKind", "WorkItemPsaId" });

            migrationBuilder.CreateIndex(
                name: "IX_sync_runs_TenantId_StartedAt",
                schema: "integrations",
                table: "sync_runs",
                columns: new[] { "TenantId", "StartedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_time_entries_TenantId_WorkItemKind_WorkItemPsaId",
                schema: "integrations",
                table: "time_entries",
                columns: new[] { "TenantId", "WorkItemKind", "WorkItemPsaId" });

            migrationBuilder.CreateIndex(
                name: "IX_work_items_TenantId_BoardPsaId",
                schema: "integrations",
                table: "work_items",
                columns: new[] { "TenantId", "BoardPsaId" });

            migrationBuilder.CreateIndex(
                name: "IX_work_items_TenantId_CompanyPsaId",
                schema: "integrations",
                table: "work_items",
                columns: new[] { "TenantId", "CompanyPsaId" });

            migrationBuilder.CreateIndex(
                name: "IX_write_backs_NextAttemptAt",
                schema: "integrations",
                table: "write_backs",
                column: "NextAttemptAt",
                filter: "\"State\" = 1");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "boards",
                schema: "integrations");

            migrationBuilder.DropTable(
                name: "companies",
                schema: "integrations");

            migrationBuilder.DropTable(
                name: "connections",
                schema: "integrations");

            migrationBuilder.DropTable(
                name: "contacts",
                schema: "integrations");

            migrationBuilder.DropTable(
                name: "data_protection_keys",
                schema: "integrations");

            migrationBuilder.DropTable(
                name: "inbound_notifications",
                schema: "integrations");

            migrationBuilder.DropTable(
                name: "members",
                schema: "integrations");

            migrationBuilder.DropTable(
                name: "notes",
                schema: "integrations");

            migrationBuilder.DropTable(
                name: "priorities",
                schema: "integrations");

            migrationBuilder.DropTable(
                name: "statuses",
                schema: "integrations");

            migrationBuilder.DropTable(
                name: "sync_runs",
                schema: "integrations");

            migrationBuilder.DropTable(
                name: "time_entries",
                schema: "integrations");

            migrationBuilder.DropTable(
                name: "work_items",
                schema: "integrations");

            migrationBuilder.DropTable(
                name: "write_backs",
                schema: "integrations");
        }
    }
}

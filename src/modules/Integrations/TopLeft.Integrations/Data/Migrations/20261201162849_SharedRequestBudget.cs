using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TopLeft.Integrations.Data.Migrations
{
    /// <inheritdoc />
    public partial class SharedRequestBudget : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "psa_endpoint_leases",
                schema: "integrations",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Endpoint = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Slot = table.Column<int>(type: "integer", nullable: false),
                    HeldUntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Holder = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_psa_endpoint_leases", x => new { x.TenantId, x.Endpoint, x.Slot });
                });

            migrationBuilder.CreateTable(
                name: "psa_request_counts",
                schema: "integrations",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Minute = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Requests = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_psa_request_counts", x => new { x.TenantId, x.Minute });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "psa_endpoint_leases",
                schema: "integrations");

            migrationBuilder.DropTable(
                name: "psa_request_counts",
                schema: "integrations");
        }
    }
}

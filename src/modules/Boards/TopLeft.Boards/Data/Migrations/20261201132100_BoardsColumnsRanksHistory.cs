using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace TopLeft.Boards.Data.Migrations
{
    /// <inheritdoc />
    public partial class BoardsColumnsRanksHistory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "board_visits",
                schema: "boards",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    LastViewedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_board_visits", x => new { x.TenantId, x.UserId });
                });

            migrationBuilder.CreateTable(
                name: "boards",
                schema: "boards",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    PsaBoardIds = table.Column<List<int>>(type: "integer[]", nullable: false),
                    Swimlane = table.Column<int>(type: "integer", nullable: false),
                    WipLimitBlocksDrops = table.Column<bool>(type: "boolean", nullable: false),
                    LaneWipLimit = table.Column<int>(type: "integer", nullable: true),
                    ShowLaneTotals = table.Column<bool>(type: "boolean", nullable: false),
                    CardFields = table.Column<List<string>>(type: "text[]", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    filter = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_boards", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "card_events",
                schema: "boards",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    PsaId = table.Column<int>(type: "integer", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    By = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    What = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_card_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "card_ranks",
                schema: "boards",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    PsaId = table.Column<int>(type: "integer", nullable: false),
                    Rank = table.Column<double>(type: "double precision", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_card_ranks", x => new { x.TenantId, x.Kind, x.PsaId });
                });

            migrationBuilder.CreateTable(
                name: "card_status_since",
                schema: "boards",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    PsaId = table.Column<int>(type: "integer", nullable: false),
                    StatusPsaId = table.Column<int>(type: "integer", nullable: true),
                    Since = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_card_status_since", x => new { x.TenantId, x.Kind, x.PsaId });
                });

            migrationBuilder.CreateTable(
                name: "board_columns",
                schema: "boards",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    BoardId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    StatusPsaIds = table.Column<List<int>>(type: "integer[]", nullable: false),
                    WipLimit = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_board_columns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_board_columns_boards_BoardId",
                        column: x => x.BoardId,
                        principalSchema: "boards",
                        principalTable: "boards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_board_columns_BoardId",
                schema: "boards",
                table: "board_columns",
                column: "BoardId");

            migrationBuilder.CreateIndex(
                name: "IX_boards_TenantId_Name",
                schema: "boards",
                table: "boards",
                columns: new[] { "TenantId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_card_events_TenantId_Kind_PsaId_At",
                schema: "boards",
                table: "card_events",
                columns: new[] { "TenantId", "Kind", "PsaId", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "board_columns",
                schema: "boards");

            migrationBuilder.DropTable(
                name: "board_visits",
                schema: "boards");

            migrationBuilder.DropTable(
                name: "card_events",
                schema: "boards");

            migrationBuilder.DropTable(
                name: "card_ranks",
                schema: "boards");

            migrationBuilder.DropTable(
                name: "card_status_since",
                schema: "boards");

            migrationBuilder.DropTable(
                name: "boards",
                schema: "boards");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TopLeft.Accounts.Data.Migrations
{
    /// <inheritdoc />
    public partial class OutboxRetentionIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_ProcessedAt",
                schema: "accounts",
                table: "outbox_messages",
                column: "ProcessedAt",
                filter: "\"ProcessedAt\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_outbox_messages_ProcessedAt",
                schema: "accounts",
                table: "outbox_messages");
        }
    }
}
